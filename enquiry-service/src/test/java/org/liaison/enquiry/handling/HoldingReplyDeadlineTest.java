package org.liaison.enquiry.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** ENQ-7's new target date, as a plain rule: what {@link HoldingReplyDeadline#check} accepts is what it offers. */
class HoldingReplyDeadlineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** England, with a council closure day on Thursday 10 December 2026. */
    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES,
            BankHolidays.fromRules(), Map.of(LocalDate.of(2026, 12, 10), "Office move"));
    /** Due at close of business on Friday 4 December 2026; it is Wednesday 2 December. */
    private static final Instant DUE = Instant.parse("2026-12-04T17:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Tag("ENQ-7")
    @Test
    void ENQ_7_offers_the_working_days_after_the_due_date_up_to_the_cap_skipping_weekends_holidays_and_closure_days() {
        List<LocalDate> offered = HoldingReplyDeadline.allowedDates(NOW, DUE, CALENDAR, LONDON, 5);
        // Mon 7, Tue 8, Wed 9 (Thu 10 closed), Fri 11, Mon 14: five working days after Friday 4th
        assertEquals(List.of(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 9),
                LocalDate.of(2026, 12, 11), LocalDate.of(2026, 12, 14)), offered);
        offered.forEach(day -> HoldingReplyDeadline.check(NOW, DUE, day, CALENDAR, LONDON, 5));
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_refuses_every_date_it_does_not_offer() {
        List<LocalDate> offered = HoldingReplyDeadline.allowedDates(NOW, DUE, CALENDAR, LONDON, 5);
        for (LocalDate day = LocalDate.of(2026, 12, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusDays(1)) {
            LocalDate candidate = day;
            if (!offered.contains(candidate)) {
                assertThrows(ProtocolRuleViolation.class,
                        () -> HoldingReplyDeadline.check(NOW, DUE, candidate, CALENDAR, LONDON, 5), candidate.toString());
            }
        }
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_offers_nothing_once_the_enquiry_is_due() {
        assertTrue(HoldingReplyDeadline.allowedDates(DUE, DUE, CALENDAR, LONDON, 20).isEmpty());
        assertThrows(ProtocolRuleViolation.class,
                () -> HoldingReplyDeadline.check(DUE, DUE, LocalDate.of(2026, 12, 7), CALENDAR, LONDON, 20));
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_the_christmas_bank_holidays_are_not_offered() {
        Instant due = Instant.parse("2026-12-24T17:00:00Z");
        List<LocalDate> offered = HoldingReplyDeadline.allowedDates(Instant.parse("2026-12-21T09:00:00Z"), due, CALENDAR,
                LONDON, 2);
        // Fri 25 Christmas, Sat/Sun, Mon 28 the substitute Boxing Day: Tue 29 and Wed 30 are next
        assertEquals(List.of(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)), offered);
    }
}
