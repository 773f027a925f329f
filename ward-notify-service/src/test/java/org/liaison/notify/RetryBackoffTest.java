package org.liaison.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.notify.delivery.RetryBackoff;

class RetryBackoffTest {

    @Tag("HUB-2")
    @Test
    void HUB_2_retries_back_off_exponentially_up_to_the_longest_wait() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofHours(1));
        assertEquals(Duration.ofSeconds(30), backoff.after(1));
        assertEquals(Duration.ofSeconds(60), backoff.after(2));
        assertEquals(Duration.ofMinutes(4), backoff.after(4));
        assertEquals(Duration.ofHours(1), backoff.after(8));
        assertEquals(Duration.ofHours(1), backoff.after(40));
    }
}
