package org.liaison.infrastructure.inbox;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs before (outside) the {@code @Transactional} interceptor, so each attempt is a new transaction that either
 * commits whole or leaves nothing behind; the event-id check then keeps the retried handling to exactly once.
 */
@RetryTransient
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetryTransientInterceptor {

    private static final Logger LOG = Logger.getLogger(RetryTransientInterceptor.class);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    @ConfigProperty(name = "liaison.consumer.attempts", defaultValue = "5")
    int attempts;

    @ConfigProperty(name = "liaison.consumer.first-retry-after", defaultValue = "PT0.5S")
    Duration firstRetryAfter;

    @AroundInvoke
    Object retry(InvocationContext context) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return context.proceed();
            } catch (Exception e) {
                if (attempt >= attempts || !isTransient(e)) {
                    throw e;
                }
                Duration wait = firstRetryAfter.multipliedBy(1L << Math.min(attempt - 1, 10));
                wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
                LOG.warnf("%s failed transiently (attempt %d of %d), retrying in %s: %s", context.getMethod().getName(),
                        attempt, attempts, wait, rootMessage(e));
                Thread.sleep(wait.toMillis());
            }
        }
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
