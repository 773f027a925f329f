package org.liaison.infrastructure.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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
    private static final long REREAD_AT_LEAST_EVERY_NANOS = 200_000_000L;

    private volatile FileTime seen;
    private volatile Object seenKey;
    private volatile long readAtNanos;
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

    /**
     * Re-reads the file when it was replaced (another file, or another modification time) and in any case every
     * {@link #REREAD_AT_LEAST_EVERY_NANOS}: two writes within one tick of the file system's timestamps, into a reused
     * inode, would otherwise leave the second offset unseen.
     */
    private void refresh() {
        long nowNanos = System.nanoTime();
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileTime modified = attributes.lastModifiedTime();
            Object key = attributes.fileKey();
            if (!modified.equals(seen) || !java.util.Objects.equals(key, seenKey) || nowNanos - readAtNanos > REREAD_AT_LEAST_EVERY_NANOS) {
                String text = Files.readString(file).strip();
                offset = text.isEmpty() ? Duration.ZERO : Duration.parse(text);
                seen = modified;
                seenKey = key;
                readAtNanos = nowNanos;
            }
        } catch (NoSuchFileException e) {
            offset = Duration.ZERO;
            seen = null;
            seenKey = null;
        } catch (IOException | DateTimeParseException e) {
            // keep the last good offset: a half-written file must not make time jump back
        }
    }
}
