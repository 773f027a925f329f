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

    /** How often due and retrying emails are looked for (new mail also leaves right after its commit). */
    @WithDefault("10s")
    Duration pollEvery();
}
