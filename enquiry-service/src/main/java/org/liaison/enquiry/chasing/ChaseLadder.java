package org.liaison.enquiry.chasing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.events.enquiry.EnquiryChased.Step;

/**
 * ENQ-8, the chase ladder for one due time, its steps from the council profile (P13): some working days before due a
 * reminder to the officer (liaison-default: 1, at office-hours start); at due the overdue notices; some working days
 * after due the head of service (2) and then the director (5), at close of business. No seed fixes these numbers.
 */
public final class ChaseLadder {

    /** Working days before and after due of the ladder's steps. */
    public record Steps(int reminderBeforeDue, int headOfServiceAfterDue, int directorAfterDue) {
        public static final Steps LIAISON_DEFAULT = new Steps(1, 2, 5);
    }

    private final WorkingDayCalendar calendar;
    private final LocalTime officeHoursStart;
    private final LocalTime closeOfBusiness;
    private final ZoneId zone;
    private final Steps steps;

    public ChaseLadder(WorkingDayCalendar calendar, LocalTime officeHoursStart, LocalTime closeOfBusiness, ZoneId zone) {
        this(calendar, officeHoursStart, closeOfBusiness, zone, Steps.LIAISON_DEFAULT);
    }

    public ChaseLadder(WorkingDayCalendar calendar, LocalTime officeHoursStart, LocalTime closeOfBusiness, ZoneId zone,
            Steps steps) {
        this.calendar = calendar;
        this.officeHoursStart = officeHoursStart;
        this.closeOfBusiness = closeOfBusiness;
        this.zone = zone;
        this.steps = steps;
    }

    /** When {@code step} becomes due for an enquiry due at {@code dueAt}. */
    public Instant firesAt(Step step, Instant dueAt) {
        LocalDate dueDate = dueAt.atZone(zone).toLocalDate();
        return switch (step) {
            case DUE_SOON -> ZonedDateTime.of(calendar.minusWorkingDays(dueDate, steps.reminderBeforeDue()), officeHoursStart, zone)
                    .toInstant();
            case OVERDUE_COUNCILLOR, OVERDUE_OFFICER -> dueAt;
            case ESCALATED_HEAD_OF_SERVICE -> ZonedDateTime.of(calendar.plusWorkingDays(dueDate, steps.headOfServiceAfterDue()),
                    closeOfBusiness, zone).toInstant();
            case ESCALATED_DIRECTOR -> ZonedDateTime.of(calendar.plusWorkingDays(dueDate, steps.directorAfterDue()),
                    closeOfBusiness, zone).toInstant();
        };
    }

    /**
     * How far ahead of now a due time can be and still need a step (the reminder): scanning up to here keeps the
     * chaser's query small. Generous: two calendar days per working day, plus a fortnight of holidays.
     */
    public static Duration longestReach(Steps steps) {
        return Duration.ofDays(2L * steps.reminderBeforeDue() + 14);
    }
}
