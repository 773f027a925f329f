package org.liaison.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ENQ-3, the clock: received on a working day before close of business, that day is day 0; otherwise day 0
 * is the next working day. Due is close of business on the N-th working day after day 0. Local times are
 * judged in the council's time zone (the profile's calendar.zone), so an instant given in UTC lands on the right side of
 * 17:00 in summer and in winter.
 */
public final class SlaClock {

    /** How a due time was reached, day by day, for "explain this date". */
    public record Deadline(Instant receivedAt, Instant clockStartsAt, Instant dueAt, List<Day> days) {
    }

    /** One calendar day on the way: day 0, a counted working day, or a skipped day with its reason. */
    public record Day(LocalDate date, Kind kind, Integer workingDay, String reason) {
        public enum Kind { RECEIVED, DAY_0, WORKING_DAY, SKIPPED }
    }

    private final WorkingDayCalendar calendar;
    private final LocalTime officeHoursStart;
    private final LocalTime closeOfBusiness;
    private final ZoneId zone;

    public SlaClock(WorkingDayCalendar calendar, LocalTime officeHoursStart, LocalTime closeOfBusiness, ZoneId zone) {
        if (!closeOfBusiness.isAfter(officeHoursStart)) {
            throw new IllegalArgumentException("Close of business must be after the start of office hours");
        }
        this.calendar = calendar;
        this.officeHoursStart = officeHoursStart;
        this.closeOfBusiness = closeOfBusiness;
        this.zone = zone;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Deadline due(Instant receivedAt, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        ZonedDateTime received = receivedAt.atZone(zone);
        List<Day> days = new ArrayList<>();
        LocalDate receivedOn = received.toLocalDate();
        LocalDate day0;
        Instant clockStartsAt;
        Optional<NonWorkingDay> closed = calendar.whyNotWorking(receivedOn);
        if (closed.isEmpty() && received.toLocalTime().isBefore(closeOfBusiness)) {
            day0 = receivedOn;
            Instant opening = ZonedDateTime.of(day0, officeHoursStart, zone).toInstant();
            clockStartsAt = receivedAt.isBefore(opening) ? opening : receivedAt;
        } else {
            days.add(new Day(receivedOn, Day.Kind.RECEIVED, null, closed.map(NonWorkingDay::describe)
                    .orElse("received after close of business (" + closeOfBusiness + ")")));
            day0 = receivedOn.plusDays(1);
            while (true) {
                Optional<NonWorkingDay> reason = calendar.whyNotWorking(day0);
                if (reason.isEmpty()) {
                    break;
                }
                days.add(new Day(day0, Day.Kind.SKIPPED, null, reason.get().describe()));
                day0 = day0.plusDays(1);
            }
            clockStartsAt = ZonedDateTime.of(day0, officeHoursStart, zone).toInstant();
        }
        days.add(new Day(day0, Day.Kind.DAY_0, 0, "day 0: the clock starts"));
        LocalDate date = day0;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            Optional<NonWorkingDay> reason = calendar.whyNotWorking(date);
            if (reason.isPresent()) {
                days.add(new Day(date, Day.Kind.SKIPPED, null, reason.get().describe()));
            } else {
                counted++;
                days.add(new Day(date, Day.Kind.WORKING_DAY, counted, "working day " + counted));
            }
        }
        Instant dueAt = ZonedDateTime.of(date, closeOfBusiness, zone).toInstant();
        return new Deadline(receivedAt, clockStartsAt, dueAt, List.copyOf(days));
    }
}
