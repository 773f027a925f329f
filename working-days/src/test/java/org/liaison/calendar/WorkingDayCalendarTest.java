package org.liaison.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The suite's one working-day arithmetic: counting back, and clear days of notice (ENQ-2, ENQ-8, NTF-1). */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES, BankHolidays.fromRules(), Map.of());

    @Tag("ENQ-2")
    @Test
    void ENQ_2_counting_back_skips_weekends_bank_holidays_and_closure_days() {
        assertEquals(LocalDate.of(2026, 12, 24), ENGLAND.minusWorkingDays(LocalDate.of(2026, 12, 29), 1)); // 25, 28 Dec
        WorkingDayCalendar closedOn24th = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES, BankHolidays.fromRules(),
                Map.of(LocalDate.of(2026, 12, 24), "Council closed"));
        assertEquals(LocalDate.of(2026, 12, 23), closedOn24th.minusWorkingDays(LocalDate.of(2026, 12, 29), 1));
        assertEquals(LocalDate.of(2026, 12, 29), ENGLAND.minusWorkingDays(LocalDate.of(2026, 12, 29), 0));
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_clear_working_days_lie_strictly_between_the_two_dates() {
        // told Monday 21 December 2026 of a meeting on Monday 4 January 2027: 22, 23, 24, 29, 30, 31 December
        assertEquals(6, ENGLAND.clearWorkingDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)));
        WorkingDayCalendar closedOn29th = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES, BankHolidays.fromRules(),
                Map.of(LocalDate.of(2026, 12, 29), "Council closed"));
        assertEquals(5, closedOn29th.clearWorkingDaysBetween(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4)));
        assertEquals(0, ENGLAND.clearWorkingDaysBetween(LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 12)));
    }
}
