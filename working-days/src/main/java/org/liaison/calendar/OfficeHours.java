package org.liaison.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When one person works, in local time: the days of the week and the hours of the day. Chasers reach officers
 * only within these (ENQ-9) and the notification hub holds officers' mail outside them (HUB-3). An instant is
 * judged by the local time of {@code zone}, so a UTC instant in British Summer Time is read as London time.
 */
public record OfficeHours(Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    public OfficeHours {
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one working day of the week");
        }
        if (start == null || end == null || !start.isBefore(end)) {
            throw new IllegalArgumentException("Office hours need a start before their end, not " + start + "–" + end);
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Parses the comma-separated day names stored in replicas ({@code MONDAY,TUESDAY,…}). */
    public static OfficeHours of(String commaSeparatedDays, LocalTime start, LocalTime end) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String day : commaSeparatedDays.split(",")) {
            if (!day.isBlank()) {
                days.add(DayOfWeek.valueOf(day.strip()));
            }
        }
        return new OfficeHours(days, start, end);
    }

    public boolean within(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        LocalTime time = local.toLocalTime();
        return days.contains(local.getDayOfWeek()) && !time.isBefore(start) && time.isBefore(end);
    }

    /** {@code instant} itself if within these hours, otherwise the next start of them. */
    public Instant nextWithin(Instant instant, ZoneId zone) {
        if (within(instant, zone)) {
            return instant;
        }
        ZonedDateTime local = instant.atZone(zone);
        java.time.LocalDate date = local.toLocalDate();
        if (!days.contains(local.getDayOfWeek()) || !local.toLocalTime().isBefore(start)) {
            date = date.plusDays(1);
        }
        while (!days.contains(date.getDayOfWeek())) {
            date = date.plusDays(1);
        }
        return ZonedDateTime.of(date, start, zone).toInstant();
    }
}
