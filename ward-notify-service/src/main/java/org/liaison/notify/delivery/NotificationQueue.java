package org.liaison.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.notify.replica.CouncillorReplica;

/**
 * Queues emails in the caller's transaction. HUB-1: the same (source event, recipient) is queued at
 * most once, whatever the redelivery; a second attempt is a no-op.
 */
@ApplicationScoped
public class NotificationQueue {

    /** Fired after a commit that queued mail, so delivery starts at once rather than at the next poll. */
    public record MailQueued() {
    }

    private final EntityManager entityManager;
    private final Clock clock;
    private final Event<MailQueued> queued;
    private final QuietHours quietHours;

    NotificationQueue(EntityManager entityManager, Clock clock, Event<MailQueued> queued, QuietHours quietHours) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.queued = queued;
        this.quietHours = quietHours;
    }

    /** Returns true if queued now, false if this recipient already has a mail for this source event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String sourceEvent, UUID matterId, CouncillorReplica recipient, String template) {
        return enqueue(sourceEvent, matterId, recipient.id, recipient.email, recipient.displayName, template, null);
    }

    /** The general form: any recipient, with the template's data as JSON in {@code context}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String sourceEvent, UUID matterId, String recipientId, String recipientEmail, String recipientName,
            String template, String context) {
        Instant now = clock.instant();
        java.util.Optional<QuietHours.Hold> hold = quietHours.holdFor(recipientId, now);
        int inserted = entityManager.createNativeQuery("""
                insert into notification (id, source_event, matter_id, recipient_id, recipient_email, recipient_name,
                                          template, context, status, attempts, next_attempt_at, created_at, held_reason)
                values (?1, ?2, cast(?3 as uuid), ?4, ?5, ?6, ?7, cast(?9 as text), 'PENDING', 0, ?10, ?8, cast(?11 as text))
                on conflict on constraint notification_once_per_event_and_recipient do nothing""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, sourceEvent)
                .setParameter(3, matterId)
                .setParameter(4, recipientId)
                .setParameter(5, recipientEmail)
                .setParameter(6, recipientName)
                .setParameter(7, template)
                .setParameter(8, now)
                .setParameter(9, context)
                .setParameter(10, hold.map(QuietHours.Hold::until).orElse(now))
                .setParameter(11, hold.map(QuietHours.Hold::reason).orElse(null))
                .executeUpdate();
        if (inserted == 1) {
            queued();
        }
        return inserted == 1;
    }

    /**
     * The same email to many councillors in one statement (a borough-wide matter reaches every
     * councillor at once): addresses from the directory replica, once per (source event, councillor) (HUB-1).
     * Councillors' mail is never held for office hours (HUB-3 holds officers' only). Returns how many were queued now.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueueForCouncillors(String sourceEvent, UUID matterId, List<String> councillorIds, String template) {
        if (councillorIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        int inserted = entityManager.createNativeQuery("""
                insert into notification (id, source_event, matter_id, recipient_id, recipient_email, recipient_name,
                                          template, status, attempts, next_attempt_at, created_at)
                select gen_random_uuid(), :sourceEvent, :matterId, c.id, c.email, c.display_name,
                       :template, 'PENDING', 0, :now, :now
                from councillor_replica c where c.id in (:ids)
                on conflict on constraint notification_once_per_event_and_recipient do nothing""")
                .setParameter("sourceEvent", sourceEvent)
                .setParameter("matterId", matterId)
                .setParameter("template", template)
                .setParameter("now", now)
                .setParameter("ids", councillorIds) // a council's councillors, far below PostgreSQL's 65,535 parameters
                .executeUpdate();
        if (inserted > 0) {
            queued();
        }
        return inserted;
    }

    /** Delivery starts right after the caller's commit (an email queued, or one made due again). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queued() {
        queued.fire(new MailQueued());
    }
}
