package org.liaison.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ENQ-9")
@Tag("HUB-3")
class OfficeHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final OfficeHours WEEKDAYS = OfficeHours.of("MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY",
            LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final OfficeHours PART_TIME = OfficeHours.of("TUESDAY,THURSDAY", LocalTime.of(10, 0), LocalTime.of(15, 0));

    @Test
    void within_is_judged_by_london_time_also_in_summer() {
        // 08:30 UTC on a June Monday is 09:30 in London (BST)
        assertTrue(WEEKDAYS.within(Instant.parse("2027-06-07T08:30:00Z"), LONDON));
        // 16:30 UTC on that day is 17:30 in London: after hours
        assertFalse(WEEKDAYS.within(Instant.parse("2027-06-07T16:30:00Z"), LONDON));
        // 16:30 UTC on a January Monday is 16:30 in London (GMT): within hours
        assertTrue(WEEKDAYS.within(Instant.parse("2027-01-11T16:30:00Z"), LONDON));
        assertFalse(WEEKDAYS.within(Instant.parse("2027-01-09T11:00:00Z"), LONDON), "a Saturday");
    }

    @Test
    void the_next_start_is_the_same_morning_the_next_working_day_or_after_the_weekend() {
        Instant withinHours = Instant.parse("2027-01-11T11:00:00Z");
        assertEquals(withinHours, WEEKDAYS.nextWithin(withinHours, LONDON));
        assertEquals(Instant.parse("2027-01-11T09:00:00Z"), WEEKDAYS.nextWithin(Instant.parse("2027-01-11T06:00:00Z"), LONDON));
        assertEquals(Instant.parse("2027-01-12T09:00:00Z"), WEEKDAYS.nextWithin(Instant.parse("2027-01-11T17:00:00Z"), LONDON));
        assertEquals(Instant.parse("2027-01-18T09:00:00Z"), WEEKDAYS.nextWithin(Instant.parse("2027-01-15T18:00:00Z"), LONDON));
        assertEquals(Instant.parse("2027-01-18T09:00:00Z"), WEEKDAYS.nextWithin(Instant.parse("2027-01-16T10:00:00Z"), LONDON));
    }

    @Test
    void a_part_time_officer_is_reached_on_their_own_days_and_hours() {
        // Wednesday 13 January 2027, 12:00: not their day → Thursday 10:00
        assertEquals(Instant.parse("2027-01-14T10:00:00Z"), PART_TIME.nextWithin(Instant.parse("2027-01-13T12:00:00Z"), LONDON));
        // Thursday 15:30, after their hours → next Tuesday 10:00
        assertEquals(Instant.parse("2027-01-19T10:00:00Z"), PART_TIME.nextWithin(Instant.parse("2027-01-14T15:30:00Z"), LONDON));
        // the morning the clocks go forward (Sunday 28 March 2027) → Tuesday 30 March, 10:00 BST = 09:00 UTC
        assertEquals(Instant.parse("2027-03-30T09:00:00Z"), PART_TIME.nextWithin(Instant.parse("2027-03-28T01:30:00Z"), LONDON));
    }

    @Test
    void office_hours_need_a_day_and_a_start_before_the_end() {
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.of("", LocalTime.of(9, 0), LocalTime.of(17, 0)));
        assertThrows(IllegalArgumentException.class, () -> OfficeHours.of("MONDAY", LocalTime.of(17, 0), LocalTime.of(9, 0)));
    }
}
