package org.liaison.directory.relationship;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.liaison.events.directory.ConflictRecord;

/** A close personal, family or business relationship between a councillor and an officer (DIR-5). */
@Entity
@Table(name = "declared_relationship")
public class DeclaredRelationship extends PanacheEntityBase {

    public enum Kind { FAMILY, BUSINESS, CLOSE_PERSONAL, OTHER }

    @Id
    public UUID id;
    @Column(name = "councillor_id")
    public UUID councillorId;
    @Column(name = "officer_id")
    public UUID officerId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "declared_on")
    public LocalDate declaredOn;
    @Column(name = "declared_to")
    public String declaredTo;
    public String notes;

    /** What other services may know: the pair, nothing more. */
    public ConflictRecord toConflict() {
        return new ConflictRecord(id.toString(), councillorId.toString(), officerId.toString());
    }

    public record View(UUID id, UUID councillorId, UUID officerId, Kind kind, LocalDate declaredOn, String declaredTo,
            String notes) {
    }

    public View view() {
        return new View(id, councillorId, officerId, kind, declaredOn, declaredTo, notes);
    }
}
