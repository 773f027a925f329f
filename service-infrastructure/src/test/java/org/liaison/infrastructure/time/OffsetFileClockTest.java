package org.liaison.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link OffsetFileClock} reads the machine's clock, which this test does not read itself: it compares readings of the
 * clocks under test with each other (a clock without a file reads real time, so a clock on a file must read exactly that
 * plus the file's offset), and with the instants it states. The file is re-read when its modification time changes; the
 * test sets that time explicitly after each rewrite, so that a rewrite within the file system's timestamp granularity
 * is still seen.
 */
class OffsetFileClockTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");

    /** Far more than two consecutive readings of a clock can be apart. */
    private static final Duration READINGS_APART = Duration.ofSeconds(5);

    @TempDir
    Path directory;

    @Test
    void without_a_file_the_clock_reads_real_time() {
        OffsetFileClock absent = new OffsetFileClock(directory.resolve("absent"), ZONE);
        assertEquals(Duration.ZERO, absent.offset());

        // moveTo offsets the file by (target - real time at the move), so target - offset is real time at the move
        Path file = directory.resolve("clock-offset");
        Instant target = Instant.parse("2027-01-11T10:00:00Z");
        OffsetFileClock.moveTo(file, target);
        Instant realTimeAtTheMove = target.minus(new OffsetFileClock(file, ZONE).offset());
        Instant reading = absent.instant();
        assertFalse(reading.isBefore(realTimeAtTheMove), reading + " is before real time at the move " + realTimeAtTheMove);
        assertTrue(Duration.between(realTimeAtTheMove, reading).compareTo(READINGS_APART) < 0,
                reading + " is far from real time at the move " + realTimeAtTheMove);
        assertEquals(Duration.ZERO, absent.offset(), "a file elsewhere does not move this clock");
    }

    @Test
    void moving_the_file_moves_every_clock_that_reads_it_and_time_keeps_running() throws Exception {
        Path file = directory.resolve("clock-offset");
        OffsetFileClock one = new OffsetFileClock(file, ZONE);
        OffsetFileClock two = new OffsetFileClock(file, ZONE);
        OffsetFileClock realTime = new OffsetFileClock(directory.resolve("absent"), ZONE);
        Instant target = Instant.parse("2027-01-11T10:00:00Z");
        OffsetFileClock.moveTo(file, target);
        stamp(file, "2030-01-01T00:00:01Z");
        assertNear(target, one.instant());
        assertNear(target, two.instant());
        assertEquals(one.offset(), two.offset());

        // time runs on from the new point: every reading is real time (read just before and just after) plus the offset
        Duration offset = one.offset();
        for (int i = 0; i < 3; i++) {
            Instant before = realTime.instant();
            Instant moved = one.instant();
            Instant after = realTime.instant();
            assertFalse(moved.minus(offset).isBefore(before), moved + " less " + offset + " is before real time " + before);
            assertFalse(moved.minus(offset).isAfter(after), moved + " less " + offset + " is after real time " + after);
        }

        OffsetFileClock.write(file, Duration.ofDays(3));
        stamp(file, "2030-01-01T00:00:02Z");
        assertEquals(Duration.ofDays(3), two.offset());
        assertEquals(Duration.ofDays(3), one.offset());
        Instant before = realTime.instant();
        Instant moved = two.instant();
        Instant after = realTime.instant();
        assertFalse(moved.isBefore(before.plus(Duration.ofDays(3))), moved + " is not 3 days ahead of " + before);
        assertFalse(moved.isAfter(after.plus(Duration.ofDays(3))), moved + " is more than 3 days ahead of " + after);
    }

    @Test
    void an_unreadable_file_keeps_the_last_good_offset() throws Exception {
        Path file = directory.resolve("clock-offset");
        OffsetFileClock clock = new OffsetFileClock(file, ZONE);
        OffsetFileClock.write(file, Duration.ofHours(5));
        stamp(file, "2030-01-01T00:00:01Z");
        assertEquals(Duration.ofHours(5), clock.offset());
        Files.writeString(file, "not a duration");
        stamp(file, "2030-01-01T00:00:02Z"); // a change the clock sees, and re-reads
        assertEquals(Duration.ofHours(5), clock.offset());
        Files.writeString(file, "-PT30M");
        stamp(file, "2030-01-01T00:00:03Z");
        assertEquals(Duration.ofMinutes(-30), clock.offset(), "a good offset written after the bad one is read");
    }

    @Test
    void a_missing_or_empty_file_means_no_offset() throws Exception {
        Path file = directory.resolve("clock-offset");
        OffsetFileClock clock = new OffsetFileClock(file, ZONE);
        OffsetFileClock.write(file, Duration.ofHours(2));
        stamp(file, "2030-01-01T00:00:01Z");
        assertEquals(Duration.ofHours(2), clock.offset());
        Files.writeString(file, "  \n");
        stamp(file, "2030-01-01T00:00:02Z");
        assertEquals(Duration.ZERO, clock.offset(), "an empty file");
        OffsetFileClock.write(file, Duration.ofHours(2));
        stamp(file, "2030-01-01T00:00:03Z");
        assertEquals(Duration.ofHours(2), clock.offset());
        Files.delete(file);
        assertEquals(Duration.ZERO, clock.offset(), "a deleted file");
    }

    /** Gives {@code file} a modification time of its own, as a rewrite a moment later would. */
    private static void stamp(Path file, String modified) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse(modified)));
    }

    private static void assertNear(Instant expected, Instant actual) {
        assertTrue(Duration.between(expected, actual).abs().compareTo(READINGS_APART) < 0,
                actual + " is not within " + READINGS_APART + " of " + expected);
    }
}
