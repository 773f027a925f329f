package org.liaison.notify.delivery;

import java.time.Duration;

/** HUB-2: how long to wait before trying an email again: doubling from the first wait, never above the longest. */
public record RetryBackoff(Duration first, Duration longest) {

    public Duration after(int attemptsSoFar) {
        Duration wait = first.multipliedBy(1L << Math.min(Math.max(attemptsSoFar - 1, 0), 20));
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
