package org.liaison.infrastructure.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The dates Liaison accepts from a caller (issue 11 item 4; docs/input-limits.md): from {@link #EARLIEST} to
 * {@link #YEARS_AHEAD} years after today on the service's clock. Council business is never dated outside it, and a
 * date beyond it (year 0001, {@code +999999999-12-31}) would otherwise make a service count working days for ever or
 * fail in the database. The council profile has no horizon setting, so the window is fixed here.
 */
public record DateWindow(LocalDate earliest, LocalDate latest) {

    /** Before any enquiry, meeting or election Liaison holds; a councillor's term or role starts later than this. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** A meeting, target date or election is planned at most this many years ahead. */
    public static final int YEARS_AHEAD = 10;

    /** The window on {@code today}. */
    public static DateWindow on(LocalDate today) {
        return new DateWindow(EARLIEST, today.plusYears(YEARS_AHEAD));
    }

    /** Why {@code date} is refused, as the end of a sentence; empty when it lies in the window. */
    public Optional<String> refusal(LocalDate date) {
        if (date == null || (!date.isBefore(earliest) && !date.isAfter(latest))) {
            return Optional.empty();
        }
        return Optional.of(sentence());
    }

    /** As {@link #refusal(LocalDate)}, for an instant (its date in UTC: a day either way makes no difference here). */
    public Optional<String> refusal(Instant instant) {
        if (instant == null || (!instant.isBefore(earliest.atStartOfDay(ZoneOffset.UTC).toInstant())
                && instant.isBefore(latest.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))) {
            return Optional.empty();
        }
        return Optional.of(sentence());
    }

    private String sentence() {
        return "must be a date from " + earliest + " to " + latest + " (at most " + YEARS_AHEAD + " years ahead)";
    }
}
