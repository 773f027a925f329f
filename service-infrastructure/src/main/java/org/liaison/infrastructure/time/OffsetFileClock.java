package org.liaison.infrastructure.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A clock that runs at real speed, offset by the ISO-8601 duration written in a file ({@code PT0S},
 * {@code P7DT2H}, {@code -PT30M}). System tests and demonstrations of a whole suite of packaged services use it
 * to move "now" forward together (five working days pass in a second) without waiting. The file is re-read
 * when it changes; a missing or empty file means no offset. Never configure it in production.
 */
public final class OffsetFileClock extends Clock {

    private final Path file;
    private final ZoneId zone;
    private volatile FileTime seen;
    private volatile Duration offset = Duration.ZERO;

    public OffsetFileClock(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** Writes {@code offset} for every clock reading {@code file}; the write is atomic (rename). */
    public static void write(Path file, Duration offset) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".partial");
            Files.writeString(partial, offset.toString());
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the clock offset to " + file, e);
        }
    }

    /** Makes every clock reading {@code file} show {@code instant} now (and run on from there). */
    public static void moveTo(Path file, Instant instant) {
        write(file, Duration.between(Instant.now(), instant));
    }

    public Duration offset() {
        refresh();
        return offset;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new OffsetFileClock(file, other);
    }

    private void refresh() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(seen)) {
                String text = Files.readString(file).strip();
                offset = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
                seen = modified;
            }
        } catch (NoSuchFileException e) {
            offset = Duration.ZERO;
            seen = null;
        } catch (IOException | DateTimeParseException e) {
            // keep the last good offset: a half-written file must not make time jump back
        }
    }
}
