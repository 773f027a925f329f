package org.liaison.infrastructure.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.faulttolerance.api.Guard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What a consumer does when the database fails it transiently — a lost connection, a deadlock, a serialization failure,
 * a lock timeout: it tries the record again in a fresh transaction, with exponential backoff, instead of sending it
 * straight to the dead-letter topic. Anything else, or the last attempt, still dead-letters it.
 *
 * <p>A consumer method carries {@code @ApplyGuard(TransientFailureRetry.GUARD)} beside its {@code @Transactional}. The
 * retry must wrap the transaction, not run inside it (a failed transaction is rolled back and cannot be retried), so
 * the fault-tolerance interceptor is ordered before the transactional one
 * ({@code mp.fault.tolerance.interceptor.priority} in this module's microprofile-config.properties). Each attempt then
 * commits whole or leaves nothing behind, and the event-id check keeps the retried handling to exactly once.
 */
@ApplicationScoped
public class TransientFailureRetry {

    public static final String GUARD = "transient-database-failure";
    private static final Logger LOG = Logger.getLogger(TransientFailureRetry.class);

    @Produces
    @Singleton // the fault-tolerance interceptor needs the guard itself, not a client proxy of it
    @Identifier(GUARD)
    Guard transientDatabaseFailure(@ConfigProperty(name = "liaison.consumer.attempts", defaultValue = "5") int attempts,
            @ConfigProperty(name = "liaison.consumer.first-retry-after", defaultValue = "PT0.5S") Duration firstRetryAfter,
            @ConfigProperty(name = "liaison.consumer.longest-retry-wait", defaultValue = "PT10S") Duration longestWait) {
        return Guard.create()
                .withDescription("retry a consumer's transaction after a transient database failure")
                .withRetry()
                    .maxRetries(attempts - 1)
                    .delay(firstRetryAfter.toMillis(), ChronoUnit.MILLIS)
                    .jitter(0, ChronoUnit.MILLIS)
                    .whenException(TransientFailureRetry::isTransient)
                    .beforeRetry((Throwable failure) -> LOG.warnf("A consumer failed transiently, retrying: %s", rootMessage(failure)))
                    .withExponentialBackoff().factor(2).maxDelay(longestWait.toMillis(), ChronoUnit.MILLIS).done()
                .done()
                .build();
    }

    /** A failure the same work may not meet again: connection, transaction rollback, resources, lock timeout. */
    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessage) {
                return false;
            }
            if (t instanceof jakarta.persistence.PessimisticLockException || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("40") || state.startsWith("53") || state.startsWith("57P")
                        || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
