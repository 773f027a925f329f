package org.liaison.enquiry.chasing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import org.liaison.enquiry.replica.OfficerReplica;

/** ENQ-9: chasers reach officers only within their working hours; outside them they wait. */
public final class WorkingHours {

    private WorkingHours() {
    }

    public static boolean within(OfficerReplica officer, Instant now, ZoneId zone) {
        if (officer == null) {
            return true; // unknown to the replica: nothing to wait for
        }
        ZonedDateTime local = now.atZone(zone);
        boolean workingDay = Arrays.stream(officer.workDays.split(",")).map(DayOfWeek::valueOf)
                .anyMatch(day -> day == local.getDayOfWeek());
        return workingDay && !local.toLocalTime().isBefore(officer.workStart) && local.toLocalTime().isBefore(officer.workEnd);
    }
}
