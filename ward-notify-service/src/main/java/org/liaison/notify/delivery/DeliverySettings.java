package org.liaison.notify.delivery;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

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

    @WithDefault("20")
    int batchSize();

    /** HUB-2: the members' services mailbox, told of every email that FAILED after its last attempt. */
    @WithDefault("members.services@council.example")
    String failureAlertTo();

    /** How often due and retrying emails are looked for (new mail also leaves right after its commit). */
    @WithDefault("10s")
    Duration pollEvery();
}
