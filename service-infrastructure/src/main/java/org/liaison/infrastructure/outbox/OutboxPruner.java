package org.liaison.infrastructure.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Deletes outbox rows once they have been on Kafka for {@code liaison.outbox.keep-published} (default an hour: long
 * enough to see what just went out, short enough that no event, and no sealed reply in one, lingers in the database).
 * A row not yet published is never deleted, however old. Batches of a thousand, each its own transaction, so pruning
 * never holds the relay up for long.
 */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);
    static final int BATCH = 1000;

    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration keepPublished;

    OutboxPruner(EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "liaison.outbox.keep-published", defaultValue = "PT1H") Duration keepPublished) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.keepPublished = keepPublished;
    }

    @Scheduled(every = "${liaison.outbox.prune-every:10m}", delayed = "${liaison.outbox.prune-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        prune();
    }

    /** Deletes every row published before now less the keep period; returns how many. */
    public int prune() {
        Instant before = clock.instant().minus(keepPublished);
        int total = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    delete from outbox_message where position in (
                        select position from outbox_message where published_at < ?1 order by position limit ?2)""")
                    .setParameter(1, before).setParameter(2, BATCH).executeUpdate());
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.infof("Pruned %d outbox rows published before %s", total, before);
        }
        return total;
    }
}
