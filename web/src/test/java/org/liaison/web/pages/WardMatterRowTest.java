package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.CouncillorMatter;

/** How a councillor's "my wards" page writes a matter: London times, ward names, safe links, the calendar download. */
class WardMatterRowTest {

    private static final String ID = "5f1c2b7e-0d7a-4c1e-9a53-2f3c1b8d9e10";

    @Tag("NTF-1")
    @Test
    void NTF_1_a_meeting_shows_its_london_times_its_wards_by_name_how_the_councillor_was_told_and_its_calendar_download() {
        // 18:30 UTC in July is 19:30 in London (BST)
        WardMatterRow row = WardMatterRow.of(matter("PUBLIC_MEETING", Instant.parse("2027-07-06T18:30:00Z"),
                Instant.parse("2027-07-06T20:00:00Z"), "Abbey Community Centre", null, Instant.parse("2027-06-01T09:05:00Z"),
                "email", true, "ACTIVE"), Map.of("E05999001", "Abbey"));
        assertEquals("Public meeting", row.kind());
        assertEquals("NTF-1", row.ruleId());
        assertEquals("Tuesday 6 July 2027, 19:30 to 21:00", row.when());
        assertEquals("Abbey Community Centre", row.where());
        assertEquals("Abbey, E05999099", row.wards(), "a ward the directory does not name is shown by its code");
        assertEquals("By email, 1 Jun 2027, 10:05", row.told());
        assertEquals("/my-wards/" + ID + "/calendar.ics", row.calendarHref());
    }

    @Test
    void an_event_over_two_days_an_undated_matter_and_one_not_yet_told() {
        assertEquals("Friday 1 January 2027, 18:00 to Saturday 2 January 2027, 09:00", WardMatterRow.when(matter("CEREMONIAL_EVENT",
                Instant.parse("2027-01-01T18:00:00Z"), Instant.parse("2027-01-02T09:00:00Z"), null, null, null, null, true, "ACTIVE")));
        WardMatterRow undated = WardMatterRow.of(matter("EXECUTIVE_DECISION", null, null, null, null, null, null, false,
                "CANCELLED"), Map.of());
        assertEquals("No date (registered 10 Mar 2027, 10:15)", undated.when());
        assertEquals("Not yet", undated.told());
        assertNull(undated.calendarHref(), "nothing to add to a calendar");
        assertTrue(undated.cancelled());
        assertEquals("In your daily digest, 10 Mar 2027, 10:15", WardMatterRow.told(matter("AGENDA_ITEM", null, null, null, null,
                Instant.parse("2027-03-10T10:15:00Z"), "daily digest", false, "ACTIVE")));
    }

    @Test
    void only_a_web_address_is_linked() {
        assertEquals("https://council.example/agenda/12", WardMatterRow.webAddress(" https://council.example/agenda/12 "));
        assertEquals("http://council.example/a", WardMatterRow.webAddress("http://council.example/a"));
        for (String unsafe : List.of("javascript:alert(1)", "data:text/html,<script>", "//evil.example", "https://", "not a link",
                "")) {
            assertNull(WardMatterRow.webAddress(unsafe), unsafe);
        }
        assertNull(WardMatterRow.webAddress(null));
    }

    @Test
    void the_download_keeps_the_services_file_name_only_when_it_is_plainly_one() {
        assertEquals("2027-07-06-abbey-road.ics", WardMatters.downloadName("attachment; filename=\"2027-07-06-abbey-road.ics\"", ID));
        for (String odd : List.of("attachment; filename=\"../../etc/passwd.ics\"", "attachment; filename=\"a\r\nSet-Cookie: x.ics\"",
                "attachment; filename=\"meeting.exe\"", "inline")) {
            assertEquals("ward-matter-" + ID + ".ics", WardMatters.downloadName(odd, ID), odd);
        }
        assertEquals("ward-matter-" + ID + ".ics", WardMatters.downloadName(null, ID));
    }

    private static CouncillorMatter matter(String kind, Instant startsAt, Instant endsAt, String location, String link,
            Instant toldAt, String toldHow, boolean calendarEvent, String status) {
        return new CouncillorMatter(ID, kind, null, "A matter", null, location, startsAt, endsAt, List.of("E05999001", "E05999099"),
                link, null, null, status, Instant.parse("2027-03-10T10:15:00Z"), null, null, toldAt, toldHow, calendarEvent);
    }
}
