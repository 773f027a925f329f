package org.liaison.embedded;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The test suite's "now", and the one place in test code that reads the machine's clock.
 *
 * <p>Every test run begins at an instant the suite states: {@value #PROPERTY} ({@code -Dliaison.test.now=2027-08-27T15:59:00Z}
 * on the Maven command line), or {@link #DEFAULT_START} when unset; {@code machine} runs on the machine's own date. From
 * that instant the suite's clock runs at real speed. The services under test see the same clock: a {@code @QuarkusTest}
 * through {@code MovableClock}, the packaged services of the system tests through the offset file they read. Expected
 * dates in tests are derived from here, never from {@code LocalDate.now()}, so a test passes on any day and at any
 * instant it is told to run at.
 */
public final class SuiteClock {

    public static final String PROPERTY = "liaison.test.now";
    /** A Wednesday morning in term time, with no bank holiday in the five working days around it. */
    public static final Instant DEFAULT_START = Instant.parse("2027-03-10T10:15:00Z");
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final Clock MACHINE = Clock.system(LONDON);
    private static final Duration OFFSET = Duration.between(MACHINE.instant(), start(System.getProperty(PROPERTY)));
    private static final Clock SUITE = Clock.offset(MACHINE, OFFSET);

    private SuiteClock() {
    }

    /** The suite's clock, in the council's zone (London). */
    public static Clock clock() {
        return SUITE;
    }

    public static Instant now() {
        return SUITE.instant();
    }

    public static ZonedDateTime nowInLondon() {
        return ZonedDateTime.now(SUITE);
    }

    public static LocalDate today() {
        return LocalDate.now(SUITE);
    }

    /**
     * What to add to the machine's time to read {@code instant} now: the offset a service's clock needs to show it
     * ({@code OffsetFileClock}, {@code MovableClock}).
     */
    public static Duration machineOffsetTo(Instant instant) {
        return Duration.between(MACHINE.instant(), instant);
    }

    /** The machine's own time, for what is checked against it rather than against a service's clock. */
    public static Instant machineNow() {
        return MACHINE.instant();
    }

    /** Time elapsed since {@code startNanos} (from {@link #ticks()}), for benchmarks that measure durations. */
    public static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** A monotonic reading to measure a duration with {@link #since(long)}. */
    public static long ticks() {
        return System.nanoTime();
    }

    static Instant start(String stated) {
        if (stated == null || stated.isBlank()) {
            return DEFAULT_START;
        }
        if (stated.strip().equalsIgnoreCase("machine")) {
            return MACHINE.instant();
        }
        try {
            return Instant.parse(stated.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + stated + " is not an ISO instant such as "
                    + "2027-08-27T15:59:00Z (or 'machine' for the machine's own time)", e);
        }
    }
}
