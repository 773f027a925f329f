package org.liaison.notify.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalTime;
import java.util.Optional;
import org.liaison.calendar.OfficeHours;

/** An officer as directory-service last published it: where to write to them, and when they work (HUB-3). */
@Entity
@Table(name = "officer_replica")
public class OfficerReplica extends PanacheEntityBase {
    @Id
    public String id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    public String status;

    @Column(name = "work_days")
    public String workDays;

    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    /** The officer's working hours, if the directory published any. */
    public Optional<OfficeHours> officeHours() {
        if (workDays == null || workDays.isBlank() || workStart == null || workEnd == null || !workStart.isBefore(workEnd)) {
            return Optional.empty();
        }
        return Optional.of(OfficeHours.of(workDays, workStart, workEnd));
    }
}
