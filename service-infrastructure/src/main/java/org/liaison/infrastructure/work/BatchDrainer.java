package org.liaison.infrastructure.work;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;

/**
 * Works through a queue kept in the database, one batch (one transaction) at a time, until it is empty.
 * Runs when asked: right after a commit that added work ({@link #drainSoon}), or on a timer
 * ({@link #drainNow}). Never runs twice at once in this process; a request that arrives while a drain is
 * running makes that drain go round once more, so nothing waits for the next timer.
 */
public final class BatchDrainer {

    private static final Logger LOG = Logger.getLogger(BatchDrainer.class);

    private final String name;
    private final BooleanSupplier batch;
    private final Runnable drained;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final ExecutorService executor;

    /** {@code batch} handles one batch and answers whether more may be waiting. */
    public BatchDrainer(String name, BooleanSupplier batch) {
        this(name, batch, () -> { });
    }

    /**
     * As above; {@code drained} runs on the same thread once a drain ends (nothing more waiting, stopped, or a batch
     * failed), so a batch may leave work running for the next one and have it finished there.
     */
    public BatchDrainer(String name, BooleanSupplier batch, Runnable drained) {
        this.name = name;
        this.batch = batch;
        this.drained = drained;
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Drains on the drainer's own thread, returning at once. */
    public void drainSoon() {
        if (stopped.get()) {
            return;
        }
        try {
            executor.execute(this::drainNow);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shut down meanwhile: the work stays queued for the next start
        }
    }

    /** Drains on the calling thread, unless a drain is already running (which then goes round again). */
    public void drainNow() {
        if (stopped.get()) {
            return; // shutting down: the work stays queued for the next start
        }
        if (!running.compareAndSet(false, true)) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                while (!stopped.get() && batch.getAsBoolean()) {
                    // keep going while full batches come back
                }
            } while (again.get() && !stopped.get());
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s stopped; the remaining work is retried on the next run", name);
        } finally {
            try {
                drained.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s could not finish its last batch; the remaining work is retried on the next run", name);
            } finally {
                running.set(false);
            }
        }
    }

    /** No batch starts after this (timers and commits may still ask); the one running finishes. */
    public void shutdown() {
        stopped.set(true);
        executor.shutdownNow();
    }
}
