package org.liaison.enquiry.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A declared councillor–officer relationship, as a bare pair (DIR-5). */
@Entity
@Table(name = "conflict_replica")
public class ConflictReplica extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "councillor_id")
    public String councillorId;
    @Column(name = "officer_id")
    public String officerId;

    public static boolean between(String councillorId, String officerId) {
        return count("councillorId = ?1 and officerId = ?2", councillorId, officerId) > 0;
    }
}
