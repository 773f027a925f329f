package org.liaison.enquiry.chasing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.liaison.enquiry.calendar.CouncilCalendar;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.enquiry.replica.CouncillorReplica;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.enquiry.replica.ServiceAreaReplica;
import org.liaison.events.Topic;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryChased.Recipient;
import org.liaison.events.enquiry.EnquiryChased.Step;
import org.liaison.infrastructure.outbox.Outbox;

/**
 * ENQ-8 and ENQ-9: on a timer, walks the open enquiries that are due soon or overdue and fires each step of
 * the chase ladder once per enquiry and target date. A step is claimed by inserting its {@code chase_step}
 * row in the transaction that publishes its event, so several instances never fire it twice; an enquiry another
 * instance is chasing right now is skipped (SKIP LOCKED) and looked at again on the next run, so instances share
 * the work rather than queue behind each other. Steps for officers wait until the officer is within working hours;
 * the councillor is told at once.
 */
@ApplicationScoped
public class EnquiryChaser {

    private static final Logger LOG = Logger.getLogger(EnquiryChaser.class);
    private static final List<Enquiry.Status> CHASED = List.of(Enquiry.Status.ASSIGNED, Enquiry.Status.HOLDING_REPLY_SENT);

    private final EntityManager entityManager;
    private final CouncilCalendar calendar;
    private final CouncilSettings council;
    private final ChaseSettings chase;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;

    EnquiryChaser(EntityManager entityManager, CouncilCalendar calendar, CouncilSettings council, ChaseSettings chase,
            Outbox outbox, Clock clock, MeterRegistry meters) {
        this.entityManager = entityManager;
        this.calendar = calendar;
        this.council = council;
        this.chase = chase;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(every = "${liaison.chase.every:15m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        chaseNow();
    }

    /** Fires every step that is due now; returns how many fired. */
    public int chaseNow() {
        Instant now = clock.instant();
        // Only open enquiries whose due time is near or past: an index range scan, not all stored enquiries.
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select e.id from Enquiry e where e.status in :open and e.dueAt <= :horizon order by e.dueAt", UUID.class)
                .setParameter("open", CHASED)
                .setParameter("horizon", now.plus(ChaseLadder.longestReach(chase.steps())))
                .getResultList());
        int fired = 0;
        for (UUID id : candidates) {
            try {
                fired += QuarkusTransaction.requiringNew().call(() -> chase(id, now));
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not chase enquiry %s; trying again next run", id);
            }
        }
        return fired;
    }

    private int chase(UUID id, Instant now) {
        boolean mine = !entityManager.createNativeQuery("select id from enquiry where id = ?1 for update skip locked")
                .setParameter(1, id).getResultList().isEmpty();
        if (!mine) {
            return 0; // another instance (or an officer's action) holds it; the next run looks again
        }
        Enquiry enquiry = entityManager.find(Enquiry.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (enquiry == null || !CHASED.contains(enquiry.status)) {
            return 0;
        }
        ChaseLadder ladder = new ChaseLadder(calendar.clock().calendar(), council.officeHoursStart(), council.closeOfBusiness(),
                council.zone(), chase.steps());
        OfficerReplica officer = OfficerReplica.findById(enquiry.assignedOfficerId);
        ServiceAreaReplica area = ServiceAreaReplica.findById(enquiry.serviceAreaCode);
        int fired = 0;
        for (Step step : Step.values()) {
            if (ladder.firesAt(step, enquiry.dueAt).isAfter(now)) {
                continue;
            }
            List<Recipient> recipients = recipients(step, enquiry, officer, area);
            OfficerReplica addressee = step == Step.OVERDUE_COUNCILLOR ? null
                    : step == Step.ESCALATED_HEAD_OF_SERVICE && area != null ? OfficerReplica.findById(area.headOfServiceId)
                    : step == Step.ESCALATED_DIRECTOR && area != null ? OfficerReplica.findById(area.directorId)
                    : officer;
            if (addressee != null && !WorkingHours.within(addressee, now, council.zone())) {
                continue; // ENQ-9: wait for the next start of their working hours
            }
            boolean superseded = step == Step.DUE_SOON && !now.isBefore(enquiry.dueAt);
            if (!claim(enquiry.id, step, enquiry.dueAt, now, superseded)) {
                continue;
            }
            if (superseded) {
                continue; // already overdue: the overdue notice says it, a "due soon" reminder would not
            }
            if (step == Step.ESCALATED_HEAD_OF_SERVICE || step == Step.ESCALATED_DIRECTOR) {
                enquiry.escalationLevel = Math.max(enquiry.escalationLevel, step == Step.ESCALATED_DIRECTOR ? 2 : 1);
            }
            outbox.publish(Topic.ENQUIRY_EVENTS, enquiry.id.toString(), EnquiryChased.TYPE, new EnquiryChased(
                    enquiry.id.toString(), enquiry.reference, enquiry.subject, step, enquiry.dueAt,
                    officer == null ? "the officer" : officer.displayName, recipients));
            meters.counter("liaison.chase.steps.fired", "step", step.name()).increment();
            fired++;
        }
        return fired;
    }

    /** Inserts the step's row; false if another run or instance already fired it for this due time. */
    private boolean claim(UUID enquiryId, Step step, Instant dueAt, Instant now, boolean superseded) {
        return entityManager.createNativeQuery("""
                insert into chase_step (enquiry_id, step, target_due_at, fired_at, superseded) values (?1, ?2, ?3, ?4, ?5)
                on conflict do nothing""")
                .setParameter(1, enquiryId).setParameter(2, step.name()).setParameter(3, dueAt).setParameter(4, now)
                .setParameter(5, superseded)
                .executeUpdate() == 1;
    }

    private static List<Recipient> recipients(Step step, Enquiry enquiry, OfficerReplica officer, ServiceAreaReplica area) {
        List<Recipient> recipients = new ArrayList<>();
        switch (step) {
            case DUE_SOON -> add(recipients, officer, "assigned officer");
            case OVERDUE_COUNCILLOR -> {
                CouncillorReplica councillor = CouncillorReplica.findById(enquiry.councillorId);
                if (councillor != null) {
                    recipients.add(new Recipient(councillor.id, councillor.displayName, councillor.email, "councillor"));
                }
            }
            case OVERDUE_OFFICER -> {
                add(recipients, officer, "assigned officer");
                if (officer != null && officer.lineManagerId != null) {
                    add(recipients, OfficerReplica.findById(officer.lineManagerId), "line manager");
                }
            }
            case ESCALATED_HEAD_OF_SERVICE -> add(recipients, area == null ? null : OfficerReplica.findById(area.headOfServiceId),
                    "head of service");
            case ESCALATED_DIRECTOR -> add(recipients, area == null ? null : OfficerReplica.findById(area.directorId), "director");
        }
        return recipients;
    }

    private static void add(List<Recipient> recipients, OfficerReplica officer, String role) {
        if (officer != null) {
            recipients.add(new Recipient(officer.id, officer.displayName, officer.email, role));
        }
    }
}
