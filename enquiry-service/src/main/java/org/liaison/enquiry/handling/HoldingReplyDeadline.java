package org.liaison.enquiry.handling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-7: a holding reply is sent before the due time, gives a reason, and sets a new target date that is a
 * working day after the old due date and at most the council profile's cap later (P13; liaison-default: 20 working
 * days, a Liaison default no seed states).
 */
public final class HoldingReplyDeadline {

    private HoldingReplyDeadline() {
    }

    public static void check(Instant now, Instant dueAt, LocalDate newTargetDate, WorkingDayCalendar calendar, ZoneId zone,
            int maxExtraWorkingDays) {
        if (!now.isBefore(dueAt)) {
            throw new ProtocolRuleViolation("ENQ-7", "A holding reply must be sent before the enquiry is due ("
                    + dueAt.atZone(zone).toLocalDateTime() + "); it is now overdue, so reply in full as soon as possible.");
        }
        LocalDate oldDueDate = dueAt.atZone(zone).toLocalDate();
        if (!newTargetDate.isAfter(oldDueDate)) {
            throw new ProtocolRuleViolation("ENQ-7", "The new target date must be after the current due date (" + oldDueDate + ").");
        }
        calendar.whyNotWorking(newTargetDate).ifPresent(reason -> {
            throw new ProtocolRuleViolation("ENQ-7", "The new target date must be a working day; " + newTargetDate
                    + " is not (" + reason.describe() + ").");
        });
        LocalDate latest = calendar.plusWorkingDays(oldDueDate, maxExtraWorkingDays);
        if (newTargetDate.isAfter(latest)) {
            throw new ProtocolRuleViolation("ENQ-7", "The new target date may be at most " + maxExtraWorkingDays
                    + " working days after the current due date, so no later than " + latest + ".");
        }
    }

    /**
     * ENQ-7: every new target date {@link #check} would accept now, earliest first: the working days after the current
     * due date up to the cap. None once the enquiry is due (a holding reply is then too late).
     */
    public static List<LocalDate> allowedDates(Instant now, Instant dueAt, WorkingDayCalendar calendar, ZoneId zone,
            int maxExtraWorkingDays) {
        List<LocalDate> dates = new ArrayList<>();
        if (!now.isBefore(dueAt)) {
            return dates;
        }
        LocalDate oldDueDate = dueAt.atZone(zone).toLocalDate();
        LocalDate latest = calendar.plusWorkingDays(oldDueDate, maxExtraWorkingDays);
        for (LocalDate day = oldDueDate.plusDays(1); !day.isAfter(latest); day = day.plusDays(1)) {
            if (calendar.whyNotWorking(day).isEmpty()) {
                dates.add(day);
            }
        }
        return dates;
    }
}
