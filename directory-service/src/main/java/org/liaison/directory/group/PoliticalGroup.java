package org.liaison.directory.group;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.liaison.events.directory.PoliticalGroupRecord;

/** A political group on the council; councillors belong to at most one (or none: independents). */
@Entity
@Table(name = "political_group")
public class PoliticalGroup extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    @Column(name = "leader_id")
    public UUID leaderId;

    public PoliticalGroupRecord toRecord() {
        return new PoliticalGroupRecord(code, name, leaderId == null ? null : leaderId.toString());
    }
}
