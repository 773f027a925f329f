package org.liaison.infrastructure.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.liaison.infrastructure.work.BatchDrainer;

/**
 * Publishes outbox rows to Kafka in the order they were written, then marks them published.
 *
 * <p>Runs right after each committing transaction that wrote to the outbox, and on a timer to pick up
 * anything left behind (Kafka down, a crash after sending but before marking). A crash between the
 * send and the mark re-sends the message with the same event id: at least once, never lost. Only one
 * relay runs at a time across all instances (a PostgreSQL advisory lock), which keeps per-key order;
 * a failed send stops the batch so nothing overtakes it.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Arbitrary constant identifying the relay's advisory lock within a service's database. */
    private static final long RELAY_LOCK = 0x4c69616973_6f6eL;

    private final EntityManager entityManager;
    private final KafkaOutboxSender sender;
    private final Clock clock;
    private final int batchSize;
    private final BatchDrainer drainer;

    OutboxRelay(EntityManager entityManager, KafkaOutboxSender sender, Clock clock,
            @ConfigProperty(name = "liaison.outbox.batch-size", defaultValue = "100") int batchSize) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.clock = clock;
        this.batchSize = batchSize;
        this.drainer = new BatchDrainer("outbox-relay",
                () -> QuarkusTransaction.requiringNew().call(this::relayBatch) == batchSize);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        drainer.drainSoon();
    }

    @Scheduled(every = "${liaison.outbox.sweep-every:5s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        relayPending();
    }

    /** Publishes everything pending now, on the calling thread (unless a relay is already running here). */
    public void relayPending() {
        drainer.drainNow();
    }

    /** At the start of shutdown, before the database goes: no new batch (one running finishes). */
    void stop(@Observes io.quarkus.runtime.ShutdownEvent shutdown) {
        drainer.shutdown();
    }

    @PreDestroy
    void destroy() {
        drainer.shutdown();
    }

    /** One batch in one transaction; returns the number published, or -1 when a send failed. */
    private int relayBatch() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return 0; // another instance is relaying; it will pick these up
        }
        @SuppressWarnings("unchecked")
        List<OutboxMessage> pending = entityManager.createNativeQuery(
                "select * from outbox_message where published_at is null order by position limit ?1",
                OutboxMessage.class).setParameter(1, batchSize).getResultList();
        int published = 0;
        for (OutboxMessage message : pending) {
            try {
                sender.send(message);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                recordFailure(message, e);
                return -1;
            } catch (Exception e) {
                recordFailure(message, e);
                return -1;
            }
            message.publishedAt = clock.instant();
            message.attempts++;
            published++;
        }
        return published;
    }

    private void recordFailure(OutboxMessage message, Exception e) {
        message.attempts++;
        String reason = String.valueOf(e.getCause() != null ? e.getCause() : e);
        message.lastError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        LOG.warnf("Outbox message %s to %s not published yet (attempt %d): %s",
                message.id, message.topic, message.attempts, message.lastError);
    }
}
