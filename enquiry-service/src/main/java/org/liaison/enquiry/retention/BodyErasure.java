package org.liaison.enquiry.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.liaison.enquiry.audit.CaseworkAudit;
import org.liaison.enquiry.audit.CaseworkAuditEntry;
import org.liaison.enquiry.intake.Enquiry;

/**
 * On a timer ({@code liaison.casework.erase-every}), erases the text of enquiries and their replies that
 * {@link AnsweredBodyRetention} says are due (the council profile's {@code casework.answered-body-retention}): both set
 * to NULL, with a declined request's free text (the decline's explanation, the dispute's grounds and decision, what those
 * consulted advised), {@code bodyErasedAt} set, and a row "erased by retention" in the casework audit, in one transaction per
 * enquiry. Dates, routing, who answered and the SLA figures stay. An enquiry another instance or an officer holds right
 * now is skipped (SKIP LOCKED) and looked at again on the next run; at most {@value #BATCH} a run.
 */
@ApplicationScoped
public class BodyErasure {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(BodyErasure.class);
    private static final List<Enquiry.Status> CLOSED = List.of(Enquiry.Status.ANSWERED, Enquiry.Status.CLOSED,
            Enquiry.Status.DECLINED, Enquiry.Status.WITHDRAWN);

    private final EntityManager entityManager;
    private final CaseworkAudit audit;
    private final Clock clock;
    private final Duration retention;

    BodyErasure(EntityManager entityManager, CaseworkAudit audit, Clock clock,
            @ConfigProperty(name = "liaison.casework.answered-body-retention") Duration retention) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "${liaison.casework.erase-every:1h}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        eraseNow();
    }

    /** Erases what is due now; returns how many enquiries' text it erased. */
    public int eraseNow() {
        Instant now = clock.instant();
        AnsweredBodyRetention rule = new AnsweredBodyRetention(retention);
        Instant cutoff = rule.cutoff(now);
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery("""
                select e.id from Enquiry e where e.bodyErasedAt is null and e.status in :closed
                and coalesce(e.answeredAt, e.closedAt) < :cutoff and (e.disputeDecidedAt is null or e.disputeDecidedAt < :cutoff)
                order by coalesce(e.answeredAt, e.closedAt), e.id""", UUID.class)
                .setParameter("closed", CLOSED).setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList());
        int erased = 0;
        for (UUID id : candidates) {
            try {
                erased += QuarkusTransaction.requiringNew().call(() -> erase(id, now, rule)) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not erase the text of enquiry %s; trying again next run", id);
            }
        }
        return erased;
    }

    private boolean erase(UUID id, Instant now, AnsweredBodyRetention rule) {
        boolean mine = !entityManager.createNativeQuery("select id from enquiry where id = ?1 for update skip locked")
                .setParameter(1, id).getResultList().isEmpty();
        if (!mine) {
            return false;
        }
        Enquiry enquiry = entityManager.find(Enquiry.class, id); // locked above
        if (enquiry == null || !rule.dueForErasure(AnsweredBodyRetention.Closure.of(enquiry), now)) {
            return false;
        }
        List<CaseworkAuditEntry.Body> bodies = new ArrayList<>();
        if (enquiry.body != null) {
            bodies.add(CaseworkAuditEntry.Body.ENQUIRY);
        }
        if (enquiry.replyBody != null || enquiry.lateExplanation != null) {
            bodies.add(CaseworkAuditEntry.Body.REPLY);
        }
        if (enquiry.declineExplanation != null || enquiry.disputeGrounds != null || enquiry.disputeExplanation != null
                || enquiry.declineConsultation != null || enquiry.disputeConsultation != null) {
            bodies.add(CaseworkAuditEntry.Body.DECLINE);
        }
        enquiry.body = null;
        enquiry.replyBody = null;
        enquiry.lateExplanation = null;
        // free text about the request, which may name the constituent as the enquiry did
        enquiry.declineExplanation = null;
        enquiry.disputeGrounds = null;
        enquiry.disputeExplanation = null;
        enquiry.declineConsultation = null;
        enquiry.disputeConsultation = null;
        enquiry.bodyErasedAt = now;
        audit.erasedByRetention(enquiry, asWritten(retention), bodies);
        return true;
    }

    /** P730D as a profile writes it, rather than Duration's PT17520H. */
    static String asWritten(Duration period) {
        return period.toSeconds() % 86_400 == 0 ? "P" + period.toDays() + "D" : period.toString();
    }
}
