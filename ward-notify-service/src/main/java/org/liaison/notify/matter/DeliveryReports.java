package org.liaison.notify.matter;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.liaison.events.Topic;
import org.liaison.events.notify.MatterDelivered;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.notify.delivery.Notification;

/**
 * NTF-3: once every councillor concerned by a press release has been emailed about it, that is reported on
 * {@code notify.deliveries} (outbox), once per matter. A sweep finds such matters, so it holds whichever instance
 * sent the last email and whatever order the sends committed in.
 */
@ApplicationScoped
public class DeliveryReports {

    private static final Logger LOG = Logger.getLogger(DeliveryReports.class);

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final Clock clock;

    DeliveryReports(EntityManager entityManager, Outbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${liaison.delivery.poll-every:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        reportDelivered();
    }

    /** Reports every press release now delivered to all its councillors; returns how many. */
    public int reportDelivered() {
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                "select m.id from Matter m where m.kind = ?1 and m.status = ?2 and m.deliveryReportedAt is null", UUID.class)
                .setParameter(1, MatterKind.PRESS_RELEASE).setParameter(2, Matter.Status.ACTIVE).getResultList());
        int reported = 0;
        for (UUID id : waiting) {
            try {
                reported += QuarkusTransaction.requiringNew().call(() -> report(id)) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not report delivery of matter %s; trying again", id);
            }
        }
        return reported;
    }

    private boolean report(UUID id) {
        boolean mine = !entityManager.createNativeQuery(
                "select id from matter where id = ?1 and delivery_reported_at is null for update skip locked")
                .setParameter(1, id).getResultList().isEmpty();
        if (!mine) {
            return false;
        }
        Matter matter = entityManager.find(Matter.class, id);
        List<MatterRecipient> concerned = MatterRecipient.list("matterId = ?1 and removedAt is null", id);
        List<MatterDelivered.Recipient> delivered = new ArrayList<>();
        for (MatterRecipient recipient : concerned) {
            // the latest email about it must have gone: after a change, the update, not the first notice
            Notification sent = Notification.<Notification>find("matterId = ?1 and recipientId = ?2 and template <> ?3 "
                            + "and status <> ?4 order by createdAt desc", id, recipient.councillorId,
                    Notification.MATTER_CANCELLATION, Notification.Status.SUPERSEDED).firstResult();
            if (sent == null || sent.status != Notification.Status.SENT) {
                return false; // someone still waits for their email
            }
            delivered.add(new MatterDelivered.Recipient(recipient.councillorId, recipient.displayName, sent.sentAt,
                    sent.messageId));
        }
        Instant now = clock.instant();
        matter.deliveryReportedAt = now;
        outbox.publish(Topic.NOTIFY_DELIVERIES, id.toString(), MatterDelivered.TYPE, new MatterDelivered(id.toString(),
                matter.kind.name(), matter.sourceReference, new ArrayList<>(matter.wardCodes), delivered, now));
        return true;
    }
}
