package org.liaison.enquiry.replica;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** An officer as directory-service last published it: who can take an enquiry, and when they are away. */
@Entity
@Table(name = "officer_replica")
public class OfficerReplica extends PanacheEntityBase {

    /** Highest first, as in the directory. */
    public static final List<String> SENIORITY = List.of("CHIEF_EXECUTIVE", "DIRECTOR", "ASSISTANT_DIRECTOR",
            "HEAD_OF_SERVICE", "SERVICE_MANAGER", "TEAM_LEADER", "OFFICER");

    @Embeddable
    public static class Absence {
        @Column(name = "from_date")
        public LocalDate fromDate;
        @Column(name = "to_date")
        public LocalDate toDate;
    }

    @Id
    public String id;
    @Column(name = "display_name")
    public String displayName;
    public String email;
    public String seniority;
    @Column(name = "line_manager_id")
    public String lineManagerId;
    public String status;
    @Column(name = "work_days")
    public String workDays;
    @Column(name = "work_start")
    public LocalTime workStart;
    @Column(name = "work_end")
    public LocalTime workEnd;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "officer_replica_absence", joinColumns = @JoinColumn(name = "officer_id"))
    @OrderColumn(name = "position")
    public List<Absence> absences = new ArrayList<>();

    /** HEAD_OF_PAID_SERVICE, MONITORING_OFFICER, CHIEF_FINANCE_OFFICER: who decides or is consulted under ENQ-11. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "officer_replica_statutory_role", joinColumns = @JoinColumn(name = "officer_id"))
    @Column(name = "role")
    public java.util.Set<String> statutoryRoles = new java.util.TreeSet<>();

    public boolean absentOn(LocalDate date) {
        return absences.stream().anyMatch(a -> !date.isBefore(a.fromDate) && !date.isAfter(a.toDate));
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    /** {@code managerId} and everyone below them in the line-management chain. */
    public static java.util.Set<String> teamOf(String managerId) {
        java.util.Set<String> team = new java.util.HashSet<>(List.of(managerId));
        List<String> frontier = List.of(managerId);
        for (int depth = 0; !frontier.isEmpty() && depth < 12; depth++) {
            List<OfficerReplica> reports = list("lineManagerId in ?1", frontier);
            frontier = reports.stream().map(o -> o.id).filter(team::add).toList();
        }
        return team;
    }

    /** True if {@code managerId} is somewhere above {@code officerId} in the line-management chain. */
    public static boolean managedBy(String officerId, String managerId) {
        OfficerReplica officer = findById(officerId);
        for (int depth = 0; officer != null && officer.lineManagerId != null && depth < 12; depth++) {
            if (officer.lineManagerId.equals(managerId)) {
                return true;
            }
            officer = findById(officer.lineManagerId);
        }
        return false;
    }

    /** True if this officer's seniority is {@code other} or higher. */
    public boolean atLeast(String other) {
        return SENIORITY.indexOf(seniority) <= SENIORITY.indexOf(other);
    }
}
