package org.liaison.events.directory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Full current state of an officer on {@code directory.officers}, keyed by {@code id}. */
public record OfficerRecord(
        String id,
        String displayName,
        String email,
        String jobTitle,
        String seniority,
        List<String> statutoryRoles,
        List<String> serviceAreaCodes,
        String lineManagerId,
        boolean politicallyRestricted,
        WorkingHours workingHours,
        List<Absence> absences,
        String status) {

    public OfficerRecord {
        statutoryRoles = statutoryRoles == null ? List.of() : List.copyOf(statutoryRoles);
        serviceAreaCodes = serviceAreaCodes == null ? List.of() : List.copyOf(serviceAreaCodes);
        absences = absences == null ? List.of() : List.copyOf(absences);
    }

    /** When the officer works: chasers reach them only then (ENQ-9). Times are the council's (calendar.zone). */
    public record WorkingHours(List<DayOfWeek> days, LocalTime start, LocalTime end) {
    }

    /** Away from {@code from} to {@code to}, both inclusive. */
    public record Absence(LocalDate from, LocalDate to) {
    }
}
