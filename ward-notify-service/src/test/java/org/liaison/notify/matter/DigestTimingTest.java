package org.liaison.notify.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.WorkingDayCalendar;

/** HUB-5: what may wait for the 08:00 digest, at stated moments (London time is UTC in January, UTC+1 in June). */
class DigestTimingTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final WorkingDayCalendar ENGLAND = new WorkingDayCalendar(Nation.ENGLAND_AND_WALES,
            BankHolidays.fromRules(), Map.of());
    private final DigestTiming at8 = new DigestTiming(ENGLAND::isWorkingDay, LocalTime.of(8, 0), LONDON);

    @Tag("HUB-5")
    @Test
    void HUB_5_the_next_digest_is_at_8_on_the_next_working_day_whose_8_oclock_is_still_to_come() {
        assertEquals(t("2027-01-11T08:00:00Z"), at8.nextDigestAt(t("2027-01-11T07:59:59Z")), "Monday before 08:00: today's");
        assertEquals(t("2027-01-12T08:00:00Z"), at8.nextDigestAt(t("2027-01-11T08:00:00Z")), "at 08:00: tomorrow's");
        assertEquals(t("2027-01-18T08:00:00Z"), at8.nextDigestAt(t("2027-01-15T10:00:00Z")), "Friday: Monday's");
        assertEquals(t("2026-12-29T08:00:00Z"), at8.nextDigestAt(t("2026-12-24T10:00:00Z")),
                "Christmas Eve: past Christmas Day and the substitute bank holiday on the 28th");
        assertEquals(t("2027-06-15T07:00:00Z"), at8.nextDigestAt(t("2027-06-14T07:30:00Z")), "08:00 BST is 07:00 UTC");
    }

    @Tag("HUB-5")
    @Test
    void HUB_5_something_happening_on_the_next_digests_day_or_before_goes_at_once() {
        Instant mondayAfternoon = t("2027-01-11T15:00:00Z");
        assertFalse(mayWait("2027-01-12T09:00:00Z", mondayAfternoon), "a visit at 09:00 tomorrow: a digest at 08:00 is no notice");
        assertFalse(mayWait("2027-01-12T18:00:00Z", mondayAfternoon), "on the digest's day, even after it");
        assertFalse(mayWait("2027-01-11T18:30:00Z", mondayAfternoon), "a committee meeting this evening");
        assertFalse(mayWait("2027-01-10T10:00:00Z", mondayAfternoon), "already past: as soon as possible");
        assertTrue(mayWait("2027-01-13T10:00:00Z", mondayAfternoon), "the day after the digest: it can wait");

        Instant fridayAfternoon = t("2027-01-15T16:00:00Z");
        assertFalse(mayWait("2027-01-18T10:00:00Z", fridayAfternoon), "Monday's visit: Monday's digest is too late");
        assertFalse(mayWait("2027-01-17T11:00:00Z", fridayAfternoon), "a Sunday event: there is no digest before it");
        assertTrue(mayWait("2027-01-19T10:00:00Z", fridayAfternoon));

        Instant mondayEarly = t("2027-01-11T06:00:00Z");
        assertFalse(mayWait("2027-01-11T15:00:00Z", mondayEarly), "today at 15:00, told at 06:00: not at 08:00");
        assertTrue(mayWait("2027-01-12T15:00:00Z", mondayEarly), "tomorrow: today's 08:00 digest tells in time");
    }

    @Tag("HUB-5")
    @Test
    void HUB_5_what_does_not_happen_at_a_time_waits_unless_the_digest_would_pass_its_deadline() {
        Instant monday = t("2027-01-11T10:00:00Z");
        Instant closeOfBusinessTuesday = t("2027-01-12T17:00:00Z");
        assertTrue(at8.mayWait(closeOfBusinessTuesday, null, monday), "a decision told by Tuesday's digest is on time");
        DigestTiming at18 = new DigestTiming(ENGLAND::isWorkingDay, LocalTime.of(18, 0), LONDON);
        assertTrue(at18.mayWait(closeOfBusinessTuesday, null, monday), "Monday's 18:00 digest is still in time");
        assertFalse(at18.mayWait(closeOfBusinessTuesday, null, t("2027-01-11T19:00:00Z")),
                "after it, Tuesday's 18:00 digest would come after close of business: late");
        assertFalse(at8.mayWait(t("2027-01-12T08:00:00Z"), null, monday), "a deadline at the digest's own moment");
    }

    private boolean mayWait(String happensAt, Instant now) {
        return at8.mayWait(t(happensAt), t(happensAt), now);
    }

    private static Instant t(String instant) {
        return Instant.parse(instant);
    }

    @Tag("HUB-5")
    @Test
    void HUB_5_the_digest_time_and_the_day_something_happens_are_the_councils_zone() {
        DigestTiming newYork = new DigestTiming(ENGLAND::isWorkingDay, LocalTime.of(8, 0), ZoneId.of("America/New_York"));
        assertEquals(t("2027-01-11T13:00:00Z"), newYork.nextDigestAt(t("2027-01-11T09:00:00Z")),
                "09:00 UTC is 04:00 in New York: that Monday's 08:00 is still to come");
        assertEquals(t("2027-01-12T13:00:00Z"), newYork.nextDigestAt(t("2027-01-11T13:00:00Z")));
        // Tuesday 03:00 UTC is still Monday evening in New York: a Wednesday visit may wait for Tuesday's digest
        assertTrue(newYork.mayWait(null, t("2027-01-13T15:00:00Z"), t("2027-01-12T03:00:00Z")));
        // 02:00 UTC on Wednesday is Tuesday 21:00 in New York: the day of Tuesday's digest, so it goes at once
        assertFalse(newYork.mayWait(null, t("2027-01-13T02:00:00Z"), t("2027-01-11T15:00:00Z")));
        assertTrue(at8.mayWait(null, t("2027-01-13T02:00:00Z"), t("2027-01-11T15:00:00Z")), "in London it is Wednesday");
    }
}
