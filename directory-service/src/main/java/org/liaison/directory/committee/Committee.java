package org.liaison.directory.committee;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.liaison.events.directory.CommitteeRecord;

/**
 * A committee (or the cabinet): councillors chair and vice-chair them on dated roles. Published on the compacted
 * {@code directory.committees} topic, so that media-service knows each chair's committee kind (MR-1, MR-2).
 */
@Entity
@Table(name = "committee")
public class Committee extends PanacheEntityBase {

    public enum Kind { CABINET, SCRUTINY, REGULATORY, STANDARDS, OTHER }

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public Kind kind;

    public record View(String code, String name, Kind kind) {
    }

    public View view() {
        return new View(code, name, kind);
    }

    /** The committee as {@code directory.committees} carries it. */
    public CommitteeRecord toRecord() {
        return new CommitteeRecord(code, name, kind == null ? null : kind.name());
    }
}
