package org.liaison.notify.matter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * HUB-5: a digest never makes a notice late. An informational matter (NTF-5 to NTF-9) waits for a councillor's daily
 * digest only if that digest still tells them in time: it goes out before the matter's deadline (the one HUB-6 judges
 * by), and — for something that happens at a time, such as a committee meeting, a site visit or a civic event —
 * before the day it happens. A digest at 08:00 on the morning of a 09:00 visit would be on time by the clock and
 * still be no notice at all, so anything happening on the next digest's day, or earlier, is sent at once. Days and the
 * digest time are the council's ({@code liaison.council.zone}).
 */
public final class DigestTiming {

    private final Predicate<LocalDate> workingDay;
    private final LocalTime digestAt;
    private final ZoneId zone;

    public DigestTiming(Predicate<LocalDate> workingDay, LocalTime digestAt, ZoneId zone) {
        this.workingDay = workingDay;
        this.digestAt = digestAt;
        this.zone = zone;
    }

    /**
     * When the digest that would carry something queued at {@code now} goes out: the digest time of the first working
     * day on which that time is still to come ({@link DailyDigest} takes what was queued before its digest time).
     */
    public Instant nextDigestAt(Instant now) {
        LocalDate day = now.atZone(zone).toLocalDate();
        while (true) {
            Instant at = ZonedDateTime.of(day, digestAt, zone).toInstant();
            if (workingDay.test(day) && at.isAfter(now)) {
                return at;
            }
            day = day.plusDays(1);
        }
    }

    /**
     * Whether something told at {@code now} may wait for the next digest. {@code deadline}: when the councillor must
     * have been told by; {@code happensAt}: when the matter happens, or null if it does not happen at a time (an
     * executive decision, parish correspondence).
     */
    public boolean mayWait(Instant deadline, Instant happensAt, Instant now) {
        Instant next = nextDigestAt(now);
        if (deadline != null && !next.isBefore(deadline)) {
            return false;
        }
        return happensAt == null || happensAt.atZone(zone).toLocalDate().isAfter(next.atZone(zone).toLocalDate());
    }
}
