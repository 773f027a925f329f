package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Release;

/** The release editor's fields, as a browser sends them, into media-service's draft and back. */
class ReleaseFormTest {

    static Map<String, List<String>> typed(String... pairs) {
        Map<String, List<String>> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void a_draft_with_a_councillors_quote_a_meeting_wards_and_a_london_issue_time() {
        ReleaseForm form = ReleaseForm.from(typed("title", " Abbey Park play area opens ", "body", "Work is finished.",
                "purpose", "COUNCIL_BUSINESS", "quote0Speaker", "COUNCILLOR:c-1", "quote0Text", "Families waited long.",
                "quote1Speaker", "", "quote1Text", "", "wardCodes", "E05999001", "wardCodes", "E05999002",
                "issueDay", "10", "issueMonth", "6", "issueYear", "2027", "issueTime", "9:30",
                "meetingTitle", "Cabinet", "meetingDay", "3", "meetingMonth", "6", "meetingYear", "2027",
                "meetingItems", "Play areas\n\n  Parks budget  \n", "partyNamesAttested", "true"));
        ReleaseForm.Result result = form.toDraft();
        assertFalse(result.errors().any(), result.errors().toString());
        Release.Draft draft = result.draft();
        assertEquals("Abbey Park play area opens", draft.title());
        assertEquals(List.of(new Release.Quote("COUNCILLOR", "c-1", null, "Families waited long.", false)), draft.quotes());
        assertEquals(List.of("E05999001", "E05999002"), draft.wardCodes());
        // British Summer Time: 09:30 in London is 08:30 UTC
        assertEquals(OffsetDateTime.parse("2027-06-10T09:30+01:00"), draft.plannedIssueAt());
        assertEquals(new Release.Meeting("Cabinet", LocalDate.of(2027, 6, 3), null, List.of("Play areas", "Parks budget")),
                draft.meeting());
        assertTrue(draft.partyNamesAttested());
        assertFalse(draft.controversial());
        assertFalse(draft.ceremonial(), "not ticked: not about a ceremonial event");
        assertTrue(ReleaseForm.from(typed("title", "t", "body", "b", "ceremonial", "true")).toDraft().draft().ceremonial(),
                "ticked: about a ceremonial event (MR-1)");
    }

    @Test
    void a_date_that_is_no_date_and_a_quote_without_a_speaker_are_refused_before_the_service_sees_them() {
        ReleaseForm.Result result = ReleaseForm.from(typed("title", "t", "body", "b", "purpose", "COUNCIL_BUSINESS",
                "issueDay", "31", "issueMonth", "2", "issueYear", "2027", "quote0Text", "Words without a speaker",
                "meetingTitle", "Cabinet", "issueTime", "25:00")).toDraft();
        assertEquals(List.of("plannedIssueAt", "issueTime", "quote0Speaker", "meeting"),
                result.errors().entries().stream().map(FormErrors.Entry::field).toList());
        assertEquals("The planned issue date must be a real date, like 10 6 2027", result.errors().of("plannedIssueAt"));
        assertEquals("The meeting date must include a day, month and year", result.errors().of("meeting"));
    }

    @Test
    void an_empty_issue_date_means_as_soon_as_approved_and_an_empty_time_nine_oclock() {
        assertNull(ReleaseForm.from(typed("title", "t", "body", "b")).toDraft().draft().plannedIssueAt());
        assertEquals(OffsetDateTime.parse("2027-01-05T09:00Z"), ReleaseForm.from(typed("title", "t", "body", "b",
                "issueDay", "5", "issueMonth", "1", "issueYear", "2027")).toDraft().draft().plannedIssueAt());
        assertTrue(ReleaseForm.from(typed("issueDay", "5", "issueMonth", "1", "issueYear", "27")).toDraft().errors()
                .has("plannedIssueAt"), "a two-digit year is refused");
    }

    @Test
    void a_stored_release_fills_the_editor_in_london_time_with_empty_quote_slots() {
        Release stored = new Release("r-1", 3, "DRAFT", "Title", "Text", List.of(new Release.Quote("OFFICER", "o-1", null,
                "Facts.", true)), new Release.Meeting("Cabinet", LocalDate.of(2027, 6, 3), "AFTER", List.of("A", "B")),
                List.of("E05999001"), true, true, "COUNCIL_BUSINESS", false, Instant.parse("2027-06-10T08:30:00Z"), null, "comms-1",
                null, null, null, null);
        ReleaseForm form = ReleaseForm.of(stored);
        assertEquals(new DateInput("10", "6", "2027"), form.issueDate());
        assertEquals("09:30", form.issueTime());
        assertEquals(List.of(new ReleaseForm.QuoteField("OFFICER:o-1", "Facts.", true), new ReleaseForm.QuoteField("", "", false)),
                form.quotes());
        assertEquals("A\nB", form.meetingItems());
        assertEquals("AFTER", form.meetingTiming());
        assertEquals(stored.quotes(), form.toDraft().draft().quotes(), "and back again unchanged");
        assertTrue(form.ceremonial(), "a release marked ceremonial stays marked");
    }
}
