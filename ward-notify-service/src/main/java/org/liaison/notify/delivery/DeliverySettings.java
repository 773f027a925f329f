package org.liaison.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** HUB-2: how hard to try before an email is FAILED. */
@ConfigMapping(prefix = "liaison.delivery")
public interface DeliverySettings {

    @WithDefault("8")
    int maxAttempts();

    /** Wait before the second attempt; doubles after each failure, capped at {@link #longestWait()}. */
    @WithDefault("30s")
    Duration firstRetryAfter();

    @WithDefault("1h")
    Duration longestWait();

    /** Emails claimed at a time by one instance. */
    @WithDefault("50")
    int batchSize();

    /**
     * Batches claimed and composed ahead, each on its own thread, while the one before them is with the relay. Composing
     * (templates, iCalendar parts) costs about as much CPU as sending: with one batch ahead the relay waited for the
     * composer (193 emails/s in the fan-out benchmark), with two it did not (251/s; docs/benchmarks.md).
     */
    @WithDefault("2")
    int batchesAhead();

    /**
     * Emails handed to the relay at once, each on its own pooled SMTP connection; also the size of that pool
     * ({@code quarkus.mailer.max-pool-size} is set from it).
     */
    @WithDefault("4")
    int connections();

    /** How long the relay may take to answer one email before it counts as deferred and is retried. */
    @WithDefault("2m")
    Duration sendTimeout();

    /**
     * How long a claim keeps other batches off an email, on the database's clock. The instance sending the batch renews
     * it every third of this however slow the relay is, so only an instance that died mid-batch leaves a claim to run
     * out; this is how long its emails then wait.
     */
    @WithDefault("5m")
    Duration claimLease();

    /** HUB-2: the members' services mailbox, told of every email that FAILED after its last attempt. */
    @WithDefault("members.services@council.example")
    String failureAlertTo();

    /**
     * For a relay that throttles: at most this many emails handed to it per {@link #rateWindow()}, over all instances
     * (a retry within the window counts once). Unset: as fast as {@link #connections()} allow.
     */
    Optional<Integer> maxPerWindow();

    @WithDefault("1m")
    Duration rateWindow();

    /** How often due and retrying emails are looked for (new mail also leaves right after its commit). */
    @WithDefault("10s")
    Duration pollEvery();
}
