package org.liaison.notify.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** enquiry-service's imported bank holidays and closure days as it last published them (NonWorkingDaysRecord, JSON). */
@Entity
@Table(name = "non_working_days_replica")
public class NonWorkingDaysReplica extends PanacheEntityBase {
    @Id
    public String id;
    @Column(name = "record")
    public String record;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
