package org.liaison.enquiry.chasing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.events.enquiry.EnquiryChased.Step;

/**
 * ENQ-8, the chase ladder for one due time: one working day before due a reminder to the officer; at due the
 * overdue notices; two working days after due the head of service; five after, the director.
 */
public final class ChaseLadder {

    private final WorkingDayCalendar calendar;
    private final LocalTime officeHoursStart;
    private final LocalTime closeOfBusiness;
    private final ZoneId zone;

    public ChaseLadder(WorkingDayCalendar calendar, LocalTime officeHoursStart, LocalTime closeOfBusiness, ZoneId zone) {
        this.calendar = calendar;
        this.officeHoursStart = officeHoursStart;
        this.closeOfBusiness = closeOfBusiness;
        this.zone = zone;
    }

    /** When {@code step} becomes due for an enquiry due at {@code dueAt}. */
    public Instant firesAt(Step step, Instant dueAt) {
        LocalDate dueDate = dueAt.atZone(zone).toLocalDate();
        return switch (step) {
            case DUE_SOON -> ZonedDateTime.of(previousWorkingDay(dueDate), officeHoursStart, zone).toInstant();
            case OVERDUE_COUNCILLOR, OVERDUE_OFFICER -> dueAt;
            case ESCALATED_HEAD_OF_SERVICE -> ZonedDateTime.of(calendar.plusWorkingDays(dueDate, 2), closeOfBusiness, zone).toInstant();
            case ESCALATED_DIRECTOR -> ZonedDateTime.of(calendar.plusWorkingDays(dueDate, 5), closeOfBusiness, zone).toInstant();
        };
    }

    /** The earliest instant that could need any step: scanning from here keeps the chaser's query small. */
    public static java.time.Duration longestReach() {
        return java.time.Duration.ofDays(15);
    }

    private LocalDate previousWorkingDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!calendar.isWorkingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }
}
