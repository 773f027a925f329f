package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Matter;

/** Members' services' registration form, as a browser sends it, into ward-notify's registration. */
class MatterFormTest {

    @Test
    void a_public_meeting_in_london_time_with_its_wards_and_crlf_text_as_lf() {
        MatterForm form = MatterForm.from(ReleaseFormTest.typed("kind", "PUBLIC_MEETING", "title", " Beacon Road traffic ",
                "description", "Speed cushions.\r\nA crossing.", "location", "Beacon Community Centre",
                "startsAtDay", "31", "startsAtMonth", "3", "startsAtYear", "2027", "startsAtTime", "19:00",
                "endsAtTime", "20:30", "wardCodes", "E05999003", "courtesyVisit", "true"));
        MatterForm.Result typed = form.toRegistration();
        assertFalse(typed.errors().any(), typed.errors().toString());
        Matter.Registration registration = typed.registration();
        assertEquals("Beacon Road traffic", registration.title());
        assertEquals("Speed cushions.\nA crossing.", registration.description());
        // 31 March 2027 is after the clocks change: British Summer Time
        assertEquals(OffsetDateTime.parse("2027-03-31T19:00+01:00"), registration.startsAt());
        assertEquals(OffsetDateTime.parse("2027-03-31T20:30+01:00"), registration.endsAt());
        assertEquals(List.of("E05999003"), registration.wardCodes());
        assertNull(registration.courtesyVisit(), "a courtesy visit is a site visit's question only");
    }

    @Test
    void a_date_that_is_no_date_and_a_time_that_is_none_are_refused_here() {
        MatterForm.Result typed = MatterForm.from(ReleaseFormTest.typed("kind", "SITE_VISIT", "title", "t",
                "startsAtDay", "30", "startsAtMonth", "2", "startsAtYear", "2027", "startsAtTime", "7pm")).toRegistration();
        assertEquals(List.of("startsAt", "startsAtTime"), typed.errors().entries().stream().map(FormErrors.Entry::field).toList());
    }

    @Test
    void without_a_date_the_service_decides_whether_the_kind_needs_one() {
        MatterForm.Result typed = MatterForm.from(ReleaseFormTest.typed("kind", "SIGNIFICANT_ISSUE", "title", "t",
                "wardCodes", "E05999001")).toRegistration();
        assertFalse(typed.errors().any());
        assertNull(typed.registration().startsAt());
    }

    @Test
    void NTF_2_a_consultation_says_whether_its_ward_councillors_are_consulted_and_only_a_consultation_does() {
        for (String[] typed : new String[][] {{"true", "true"}, {"false", "false"}, {"", null}}) {
            MatterForm.Result consultation = MatterForm.from(ReleaseFormTest.typed("kind", "CONSULTATION", "title", "Parking",
                    "startsAtDay", "15", "startsAtMonth", "2", "startsAtYear", "2027", "startsAtTime", "09:00",
                    "wardCodes", "E05999001", "consultWardCouncillors", typed[0])).toRegistration();
            assertEquals(typed[1] == null ? null : Boolean.valueOf(typed[1]), consultation.registration().consultWardCouncillors(),
                    "'" + typed[0] + "'");
        }
        assertNull(MatterForm.from(ReleaseFormTest.typed("kind", "SITE_VISIT", "title", "Depot", "consultWardCouncillors", "true"))
                .toRegistration().registration().consultWardCouncillors(), "a consultation's question only");
    }
}

