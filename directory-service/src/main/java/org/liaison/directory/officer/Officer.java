package org.liaison.directory.officer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liaison.events.directory.OfficerRecord;

/** A member of the council's staff. */
@Entity
@Table(name = "officer")
public class Officer extends PanacheEntityBase {

    /** Highest first: enquiries escalate up this ladder. */
    public enum Seniority { CHIEF_EXECUTIVE, DIRECTOR, ASSISTANT_DIRECTOR, HEAD_OF_SERVICE, SERVICE_MANAGER, TEAM_LEADER, OFFICER;

        public boolean atLeast(Seniority other) {
            return ordinal() <= other.ordinal();
        }
    }

    public enum StatutoryRole { HEAD_OF_PAID_SERVICE, MONITORING_OFFICER, CHIEF_FINANCE_OFFICER }

    public enum Status { ACTIVE, INACTIVE }

    /** Away from {@code fromDate} to {@code toDate}, both inclusive. */
    @Embeddable
    public static class Absence {
        @Column(name = "from_date")
        public LocalDate fromDate;
        @Column(name = "to_date")
        public LocalDate toDate;
    }

    @Id
    public UUID id;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    /** Personal: shown only to members' services, admins and the officer. */
    public String phone;

    @Column(name = "job_title")
    public String jobTitle;

    @Enumerated(EnumType.STRING)
    public Seniority seniority;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "officer_statutory_role", joinColumns = @JoinColumn(name = "officer_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    public Set<StatutoryRole> statutoryRoles = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "officer_service_area", joinColumns = @JoinColumn(name = "officer_id"))
    @Column(name = "service_area_code")
    public Set<String> serviceAreaCodes = new TreeSet<>();

    @Column(name = "line_manager_id")
    public UUID lineManagerId;

    @Column(name = "politically_restricted")
    public boolean politicallyRestricted;

    /** Comma-separated {@link DayOfWeek} names. */
    @Column(name = "work_days")
    public String workDays;

    @Column(name = "work_start")
    public LocalTime workStart;

    @Column(name = "work_end")
    public LocalTime workEnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "officer_absence", joinColumns = @JoinColumn(name = "officer_id"))
    @OrderColumn(name = "position")
    public List<Absence> absences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Status status = Status.ACTIVE;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public List<DayOfWeek> workingDays() {
        return Arrays.stream(workDays.split(",")).map(DayOfWeek::valueOf).toList();
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public OfficerRecord toRecord() {
        return new OfficerRecord(id.toString(), displayName, email, jobTitle, seniority.name(),
                statutoryRoles.stream().sorted().map(Enum::name).toList(), serviceAreaCodes.stream().sorted().toList(),
                lineManagerId == null ? null : lineManagerId.toString(), politicallyRestricted,
                new OfficerRecord.WorkingHours(workingDays(), workStart, workEnd),
                absences.stream().map(a -> new OfficerRecord.Absence(a.fromDate, a.toDate)).toList(), status.name());
    }
}
