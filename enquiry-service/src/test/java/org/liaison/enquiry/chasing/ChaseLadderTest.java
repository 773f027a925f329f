package org.liaison.enquiry.chasing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.events.enquiry.EnquiryChased.Step;

/** ENQ-8: the ladder's steps are the council profile's (P13), counted in working days. */
class ChaseLadderTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES, BankHolidays.fromRules(), Map.of());
    /** Due Monday 21 December 2026, 17:00 GMT: Christmas and the substitute Boxing Day (28th) lie ahead. */
    static final Instant DUE = Instant.parse("2026-12-21T17:00:00Z");

    @Tag("ENQ-8")
    @Test
    void ENQ_8_liaison_defaults_one_before_two_and_five_after() {
        ChaseLadder ladder = new ChaseLadder(ENGLAND, LocalTime.of(9, 0), LocalTime.of(17, 0), LONDON);
        assertEquals(Instant.parse("2026-12-18T09:00:00Z"), ladder.firesAt(Step.DUE_SOON, DUE)); // Friday
        assertEquals(DUE, ladder.firesAt(Step.OVERDUE_OFFICER, DUE));
        assertEquals(Instant.parse("2026-12-23T17:00:00Z"), ladder.firesAt(Step.ESCALATED_HEAD_OF_SERVICE, DUE));
        assertEquals(Instant.parse("2026-12-30T17:00:00Z"), ladder.firesAt(Step.ESCALATED_DIRECTOR, DUE)); // 22,23,24,29,30
    }

    @Tag("ENQ-8")
    @Test
    void ENQ_8_a_profiles_ladder_counts_its_own_working_days_over_weekends_and_bank_holidays() {
        ChaseLadder ladder = new ChaseLadder(ENGLAND, LocalTime.of(8, 30), LocalTime.of(16, 0), LONDON,
                new ChaseLadder.Steps(2, 3, 7));
        assertEquals(Instant.parse("2026-12-17T08:30:00Z"), ladder.firesAt(Step.DUE_SOON, DUE)); // Thursday
        assertEquals(Instant.parse("2026-12-24T16:00:00Z"), ladder.firesAt(Step.ESCALATED_HEAD_OF_SERVICE, DUE));
        assertEquals(Instant.parse("2027-01-04T16:00:00Z"), ladder.firesAt(Step.ESCALATED_DIRECTOR, DUE)); // +29,30,31,4 Jan
    }
}
