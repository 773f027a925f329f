package org.liaison.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static SlaClock clock(Nation nation) {
        return clock(nation, BankHolidays.fromRules(), Map.of());
    }

    private static SlaClock clock(Nation nation, BankHolidays holidays, Map<LocalDate, String> closures) {
        return new SlaClock(new WorkingDayCalendar(nation, holidays, closures), LocalTime.of(9, 0), LocalTime.of(17, 0), LONDON);
    }

    private static Instant due(Nation nation, String receivedAt) {
        return clock(nation).due(Instant.parse(receivedAt), 5).dueAt();
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_the_specs_example_christmas_and_the_boxing_day_substitute_are_skipped() {
        SlaClock.Deadline deadline = clock(Nation.ENGLAND_AND_WALES).due(Instant.parse("2026-12-21T10:00:00Z"), 5);
        assertEquals(Instant.parse("2026-12-30T17:00:00Z"), deadline.dueAt());
        assertEquals(Instant.parse("2026-12-21T10:00:00Z"), deadline.clockStartsAt());
        assertTrue(deadline.days().contains(new SlaClock.Day(LocalDate.of(2026, 12, 25), SlaClock.Day.Kind.SKIPPED, null,
                "bank holiday: Christmas")), deadline.days().toString());
        assertTrue(deadline.days().contains(new SlaClock.Day(LocalDate.of(2026, 12, 28), SlaClock.Day.Kind.SKIPPED, null,
                "bank holiday: Boxing Day (substitute day)")), deadline.days().toString());
        assertEquals(new SlaClock.Day(LocalDate.of(2026, 12, 30), SlaClock.Day.Kind.WORKING_DAY, 5, "working day 5"),
                deadline.days().get(deadline.days().size() - 1));
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_received_after_close_of_business_the_clock_starts_next_working_day() {
        SlaClock.Deadline deadline = clock(Nation.ENGLAND_AND_WALES).due(Instant.parse("2026-11-23T17:30:00Z"), 5);
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), deadline.clockStartsAt());
        assertEquals(Instant.parse("2026-12-01T17:00:00Z"), deadline.dueAt());
        assertEquals(SlaClock.Day.Kind.RECEIVED, deadline.days().get(0).kind());
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_received_at_a_weekend_day_0_is_monday() {
        SlaClock.Deadline deadline = clock(Nation.ENGLAND_AND_WALES).due(Instant.parse("2026-11-21T11:00:00Z"), 5);
        assertEquals(Instant.parse("2026-11-23T09:00:00Z"), deadline.clockStartsAt());
        assertEquals(Instant.parse("2026-11-30T17:00:00Z"), deadline.dueAt());
        assertTrue(deadline.days().stream().anyMatch(d -> d.date().equals(LocalDate.of(2026, 11, 22)) && "Sunday".equals(d.reason())));
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_received_before_office_hours_the_clock_starts_at_opening_the_same_day() {
        SlaClock.Deadline deadline = clock(Nation.ENGLAND_AND_WALES).due(Instant.parse("2026-11-24T07:15:00Z"), 5);
        assertEquals(Instant.parse("2026-11-24T09:00:00Z"), deadline.clockStartsAt());
        assertEquals(Instant.parse("2026-12-01T17:00:00Z"), deadline.dueAt());
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_scotland_keeps_2_january_and_st_andrews_day() {
        assertEquals(Instant.parse("2026-01-08T17:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2025-12-31T10:00:00Z"));
        assertEquals(Instant.parse("2026-01-09T17:00:00Z"), due(Nation.SCOTLAND, "2025-12-31T10:00:00Z"));
        assertEquals(Instant.parse("2026-12-04T17:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-11-27T10:00:00Z"));
        assertEquals(Instant.parse("2026-12-07T17:00:00Z"), due(Nation.SCOTLAND, "2026-11-27T10:00:00Z"));
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_scotlands_one_off_holiday_on_15_june_2026_is_skipped_there_only() {
        assertEquals(Instant.parse("2026-06-19T16:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-06-12T09:00:00Z"));
        assertEquals(Instant.parse("2026-06-22T16:00:00Z"), due(Nation.SCOTLAND, "2026-06-12T09:00:00Z"));
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_northern_ireland_keeps_st_patricks_day_and_the_boyne_substitute() {
        assertEquals(Instant.parse("2026-03-23T17:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-03-16T10:00:00Z"));
        assertEquals(Instant.parse("2026-03-24T17:00:00Z"), due(Nation.NORTHERN_IRELAND, "2026-03-16T10:00:00Z"));
        // 12 July 2026 is a Sunday: Monday 13 July is the substitute
        assertFalse(clock(Nation.NORTHERN_IRELAND).calendar().isWorkingDay(LocalDate.of(2026, 7, 13)));
        assertTrue(clock(Nation.ENGLAND_AND_WALES).calendar().isWorkingDay(LocalDate.of(2026, 7, 13)));
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_an_instant_in_utc_is_judged_by_london_time_across_the_clocks_going_back() {
        // Friday 23 October 2026, 16:59 BST: before close of business, so Friday is day 0
        assertEquals(Instant.parse("2026-10-30T17:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-10-23T15:59:00Z"));
        // 17:30 BST is after close of business although 16:30 in UTC; the clocks go back on Sunday 25 October,
        // and due is 17:00 GMT on Monday 2 November
        assertEquals(Instant.parse("2026-11-02T17:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-10-23T16:30:00Z"));
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_due_in_summer_time_after_the_clocks_go_forward_over_easter() {
        // Friday 27 March 2026 16:30 GMT; clocks go forward 29 March; Good Friday and Easter Monday skipped
        assertEquals(Instant.parse("2026-04-07T16:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-03-27T16:30:00Z"));
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_council_closure_days_are_not_working_days() {
        SlaClock.Deadline deadline = clock(Nation.ENGLAND_AND_WALES, BankHolidays.fromRules(),
                Map.of(LocalDate.of(2026, 12, 29), "Christmas closure")).due(Instant.parse("2026-12-21T10:00:00Z"), 5);
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"), deadline.dueAt());
        assertTrue(deadline.days().stream().anyMatch(d -> "council closure day: Christmas closure".equals(d.reason())));
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_a_one_off_holiday_published_by_gov_uk_counts_once_imported() {
        String json = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Coronation of a new monarch", "date": "2026-11-26", "notes": "", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": []}}""";
        BankHolidays holidays = new BankHolidays(GovUkBankHolidays.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        SlaClock clock = clock(Nation.ENGLAND_AND_WALES, holidays, Map.of());
        assertEquals(Instant.parse("2026-12-01T17:00:00Z"), clock.due(Instant.parse("2026-11-23T10:00:00Z"), 5).dueAt());
        assertEquals(Instant.parse("2026-11-30T17:00:00Z"), due(Nation.ENGLAND_AND_WALES, "2026-11-23T10:00:00Z"));
        assertTrue(clock(Nation.SCOTLAND, holidays, Map.of()).calendar().isWorkingDay(LocalDate.of(2026, 11, 26)));
    }
}
