package org.liaison.enquiry.chasing;

import java.time.Instant;
import java.time.ZoneId;
import org.liaison.calendar.OfficeHours;
import org.liaison.enquiry.replica.OfficerReplica;

/** ENQ-9: chasers reach officers only within their working hours; outside them they wait. */
public final class WorkingHours {

    private WorkingHours() {
    }

    public static boolean within(OfficerReplica officer, Instant now, ZoneId zone) {
        if (officer == null || officer.workDays == null || officer.workStart == null || officer.workEnd == null) {
            return true; // unknown to the replica, or no hours published: nothing to wait for
        }
        return OfficeHours.of(officer.workDays, officer.workStart, officer.workEnd).within(now, zone);
    }
}
