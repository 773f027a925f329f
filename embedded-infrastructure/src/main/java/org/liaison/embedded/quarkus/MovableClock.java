package org.liaison.embedded.quarkus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.liaison.embedded.SuiteClock;

/**
 * A clock a test moves instead of waiting. It starts at the suite's stated "now" ({@link SuiteClock}) and runs at real
 * speed from there. A service's test sources make it the service's clock with
 * {@code @Singleton class TestClock extends MovableClock {}} (a bean there replaces the default clock).
 */
public class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset;

    public MovableClock() {
        this(SuiteClock.LONDON, Duration.ZERO);
    }

    private MovableClock(ZoneId zone, Duration offset) {
        this.zone = zone;
        this.offset = offset;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** From now on the clock reads {@code instant} (and keeps ticking from there). */
    public void set(Instant instant) {
        offset = Duration.between(SuiteClock.now(), instant);
    }

    /** Back to the suite's clock. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return SuiteClock.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone of this clock as it stands now (later moves of this clock do not reach it). */
    @Override
    public Clock withZone(ZoneId other) {
        return new MovableClock(other, offset);
    }
}
