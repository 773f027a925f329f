package org.liaison.notify.delivery;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The emails that are with the relay (HUB-1, HUB-2), from one batch or, while a drain runs, from the batches one after
 * another. At most {@code connections} are sent at once, and an email holds its connection's place until its answer is
 * <em>recorded</em>, so a crash can leave no more than {@code connections} accepted-but-unrecorded emails, whatever the
 * batch size. Answers are recorded together, as many as have come in, in one transaction: the relay is kept busy while
 * the database commits.
 *
 * <p>While it waits, it keeps the claims it works on ({@code renewClaim} every {@code renewEvery}): a slow relay makes a
 * batch take longer than the claim's lease, and only a dead instance's claims may run out.
 *
 * <p>Used by one thread (the dispatcher's); only the relay's answers arrive from others.
 */
final class InFlightSends {

    /** The relay's answer to one email, sent under the claim {@code claim}. */
    record Answer(UUID id, String template, UUID claim, SmtpSender.Outcome outcome) {
    }

    private final int connections;
    /** Records answers in one transaction; false if they could not be recorded (the database is away). */
    private final Predicate<List<Answer>> record;
    private final Clock clock;
    private final Duration renewEvery;
    /** Extends the claims on the emails being worked on; false if it could not (the database is away). */
    private final BooleanSupplier renewClaim;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private Instant renewedAt;
    private int sending;
    private boolean unrecorded;
    private boolean interrupted;

    InFlightSends(int connections, Predicate<List<Answer>> record, Clock clock, Duration renewEvery, BooleanSupplier renewClaim) {
        this.connections = connections;
        this.record = record;
        this.clock = clock;
        this.renewEvery = renewEvery;
        this.renewClaim = renewClaim;
        this.renewedAt = clock.instant();
    }

    /**
     * Waits until a connection is free, recording the answers that come meanwhile. False once an answer could not be
     * recorded: nothing more of this batch should be sent.
     */
    boolean awaitConnection() {
        keepClaimIfDue();
        while (sending >= connections && !unrecorded) {
            recordArrived();
        }
        return !unrecorded;
    }

    /**
     * Hands one email, claimed under {@code claim}, to the relay; its answer is recorded by a later
     * {@link #awaitConnection}, {@link #recordArrivedWithin} or {@link #awaitAll}.
     */
    void send(UUID id, String template, UUID claim, Uni<SmtpSender.Outcome> send) {
        sending++;
        send.subscribe().with(
                outcome -> answers.add(new Answer(id, template, claim, outcome)),
                failure -> answers.add(new Answer(id, template, claim, SmtpSender.classify(failure))));
    }

    /**
     * Waits up to {@code wait} for answers and records those that came (while the next batch is being claimed, say);
     * returns at once when nothing is with the relay.
     */
    void recordArrivedWithin(Duration wait) {
        keepClaimIfDue();
        if (sending == 0 || unrecorded) {
            return;
        }
        List<Answer> arrived = new ArrayList<>();
        try {
            Answer first = answers.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                return;
            }
            arrived.add(first);
        } catch (InterruptedException e) {
            interrupted = true;
            return;
        }
        answers.drainTo(arrived);
        recordAll(arrived);
    }

    /** How many emails are with the relay, answered or not, and not yet recorded. */
    int sending() {
        return sending;
    }

    /**
     * Waits for every answer and records it. Each send ends by itself (the sender times out a relay that does not
     * answer), so this returns; an interrupt (shutdown) is kept for the caller, not allowed to drop answers.
     */
    void awaitAll() {
        while (sending > 0) {
            recordArrived();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** True if every answer so far was recorded. */
    boolean allRecorded() {
        return !unrecorded;
    }

    private void recordArrived() {
        List<Answer> arrived = new ArrayList<>();
        arrived.add(next());
        answers.drainTo(arrived);
        recordAll(arrived);
    }

    private void recordAll(List<Answer> arrived) {
        sending -= arrived.size();
        if (!record.test(arrived)) {
            unrecorded = true;
        }
    }

    private Answer next() {
        while (true) {
            keepClaimIfDue();
            try {
                Answer answer = answers.poll(untilRenewal().toMillis() + 1, TimeUnit.MILLISECONDS);
                if (answer != null) {
                    return answer;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
    }

    private Duration untilRenewal() {
        Duration left = renewEvery.minus(Duration.between(renewedAt, clock.instant()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void keepClaimIfDue() {
        if (untilRenewal().isZero()) {
            renewedAt = clock.instant();
            if (!renewClaim.getAsBoolean()) {
                unrecorded = true; // as when an answer cannot be recorded: the rest of the batch waits
            }
        }
    }
}
