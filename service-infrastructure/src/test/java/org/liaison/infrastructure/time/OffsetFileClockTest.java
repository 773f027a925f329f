package org.liaison.infrastructure.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OffsetFileClockTest {

    @TempDir
    Path directory;

    @Test
    void without_a_file_the_clock_reads_real_time() {
        OffsetFileClock clock = new OffsetFileClock(directory.resolve("absent"), ClockProducer.LONDON);
        assertEquals(Duration.ZERO, clock.offset());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void moving_the_file_moves_every_clock_that_reads_it_and_time_keeps_running() throws Exception {
        Path file = directory.resolve("clock-offset");
        OffsetFileClock one = new OffsetFileClock(file, ClockProducer.LONDON);
        OffsetFileClock two = new OffsetFileClock(file, ClockProducer.LONDON);
        Instant target = Instant.parse("2027-01-11T10:00:00Z");
        OffsetFileClock.moveTo(file, target);
        assertTrue(Duration.between(target, one.instant()).abs().toSeconds() < 5, one.instant().toString());
        assertTrue(Duration.between(target, two.instant()).abs().toSeconds() < 5, two.instant().toString());
        Instant before = one.instant();
        Thread.sleep(20);
        assertTrue(one.instant().isAfter(before), "time runs on from the new point");

        OffsetFileClock.write(file, Duration.ofDays(3));
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(1)));
        assertEquals(Duration.ofDays(3), two.offset());
    }

    @Test
    void an_unreadable_file_keeps_the_last_good_offset() throws Exception {
        Path file = directory.resolve("clock-offset");
        OffsetFileClock clock = new OffsetFileClock(file, ClockProducer.LONDON);
        OffsetFileClock.write(file, Duration.ofHours(5));
        assertEquals(Duration.ofHours(5), clock.offset());
        Files.writeString(file, "not a duration");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().plusSeconds(5)));
        assertEquals(Duration.ofHours(5), clock.offset());
    }
}
