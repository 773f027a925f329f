package org.liaison.enquiry.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;
import org.liaison.calendar.SlaClock;
import org.liaison.enquiry.intake.Enquiry;

/**
 * When the holiday list changes (a closure day, an imported bank holiday), the due dates of open enquiries
 * still on their first deadline are worked out again; every one that moves is recorded with the reason.
 * Enquiries with a holding reply keep the target date the officer gave the councillor.
 */
@ApplicationScoped
public class DueDateRecalculation {

    private static final Logger LOG = Logger.getLogger(DueDateRecalculation.class);

    private final CouncilCalendar calendar;
    private final SlaSettings sla;
    private final EntityManager entityManager;
    private final Clock clock;

    DueDateRecalculation(CouncilCalendar calendar, SlaSettings sla, EntityManager entityManager, Clock clock) {
        this.calendar = calendar;
        this.sla = sla;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Call after the change has committed; returns how many enquiries moved. */
    public int recompute(String reason) {
        calendar.changed();
        return QuarkusTransaction.requiringNew().call(() -> {
            SlaClock sla = calendar.clock();
            Instant now = clock.instant();
            List<Enquiry> open = Enquiry.list("status = ?1", Enquiry.Status.ASSIGNED);
            int moved = 0;
            for (Enquiry enquiry : open) {
                Instant due = sla.due(enquiry.slaClockFrom(), this.sla.workingDays()).dueAt();
                if (!due.equals(enquiry.dueAt)) {
                    entityManager.createNativeQuery("""
                            insert into enquiry_due_change (enquiry_id, previous_due_at, new_due_at, reason, changed_at)
                            values (?1, ?2, ?3, ?4, ?5)""")
                            .setParameter(1, enquiry.id).setParameter(2, enquiry.dueAt).setParameter(3, due)
                            .setParameter(4, reason.length() > 500 ? reason.substring(0, 500) : reason).setParameter(5, now)
                            .executeUpdate();
                    enquiry.dueAt = due;
                    moved++;
                }
            }
            if (moved > 0) {
                LOG.infof("%s: moved the due date of %d open enquiries", reason, moved);
            }
            return moved;
        });
    }
}
