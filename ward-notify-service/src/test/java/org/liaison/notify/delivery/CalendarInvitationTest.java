package org.liaison.notify.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarParserFactory;
import net.fortuna.ical4j.data.ContentHandlerContext;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * RFC 5545 as mail clients read it: every invitation {@link CalendarInvitation} writes parses with ical4j's strict
 * parser (no relaxed parsing, unfolding or validation) and validates without errors, whatever a user typed.
 */
class CalendarInvitationTest {

    private static final Instant STAMPED = Instant.parse("2027-01-11T10:15:30.123456Z");
    private static final Instant STARTS = Instant.parse("2027-02-04T18:30:00Z");
    private static final Instant ENDS = Instant.parse("2027-02-04T20:00:00Z");
    private static final String UID = "5f1c2b7e-0d7a-4c1e-9a53-2f3c1b8d9e10@liaison";
    private static final Set<String> EVENT_PROPERTIES = Set.of("UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY",
            "LOCATION", "DESCRIPTION", "ORGANIZER", "ATTENDEE", "STATUS");
    private static final List<String> HINTS = List.of(CompatibilityHints.KEY_RELAXED_PARSING,
            CompatibilityHints.KEY_RELAXED_UNFOLDING, CompatibilityHints.KEY_RELAXED_VALIDATION,
            CompatibilityHints.KEY_OUTLOOK_COMPATIBILITY, CompatibilityHints.KEY_NOTES_COMPATIBILITY);
    private static final Map<String, Boolean> HINTS_BEFORE = new HashMap<>();

    /** What a user may type into a title, a place or a description, at its worst. */
    private static final String HOSTILE = "Budget; cuts, \\N (not a newline) \\, \\; and a backslash \\"
            + "\rATTENDEE:mailto:cr@evil.example\nATTENDEE:mailto:lf@evil.example\r\nATTENDEE:mailto:crlf@evil.example"
            + "\r\n END:VEVENT — café déjà vu 😀👩‍👩‍👧 « » ” \u2028next\u0000\u0007\u007f tab\there";

    @BeforeAll
    static void strictParsing() {
        HINTS.forEach(hint -> {
            HINTS_BEFORE.put(hint, CompatibilityHints.isHintEnabled(hint));
            CompatibilityHints.setHintEnabled(hint, false);
        });
    }

    @AfterAll
    static void hintsAsBefore() {
        HINTS_BEFORE.forEach(CompatibilityHints::setHintEnabled);
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_an_invitation_its_update_and_its_cancellation_parse_strictly_and_validate() throws Exception {
        CalendarInvitation.Details invitation = details(0, "Abbey Road traffic scheme: public meeting",
                "Residents' views on the proposed one-way system.", "Abbey Community Centre, Hall 1");
        VEvent request = strictlyValid(CalendarInvitation.request(invitation, STAMPED), "REQUEST");
        assertEquals(UID, request.getUid().orElseThrow().getValue());
        assertEquals("0", request.getSequence().orElseThrow().getValue());
        assertEquals("20270204T183000Z", request.getDateTimeStart().orElseThrow().getValue());
        assertEquals("20270204T200000Z", request.getDateTimeEnd().orElseThrow().getValue());
        assertEquals("20270111T101530Z", request.getDateTimeStamp().orElseThrow().getValue());
        assertEquals("Abbey Community Centre, Hall 1", request.getLocation().orElseThrow().getValue());
        assertEquals("mailto:ada.price@members.council.example", request.getProperty("ATTENDEE").orElseThrow().getValue());
        assertEquals("Cllr Ada Price", request.getProperty("ATTENDEE").orElseThrow().getParameter("CN").orElseThrow().getValue());

        VEvent update = strictlyValid(CalendarInvitation.request(details(1, invitation.summary(), invitation.description(),
                "Abbey Library"), STAMPED.plusSeconds(3600)), "REQUEST");
        assertEquals(UID, update.getUid().orElseThrow().getValue(), "the same event, replaced");
        assertEquals("1", update.getSequence().orElseThrow().getValue());

        VEvent cancel = strictlyValid(CalendarInvitation.cancel(details(2, invitation.summary(), null, null),
                STAMPED.plusSeconds(7200)), "CANCEL");
        assertEquals(UID, cancel.getUid().orElseThrow().getValue());
        assertEquals("2", cancel.getSequence().orElseThrow().getValue());
        assertEquals("CANCELLED", cancel.getProperty("STATUS").orElseThrow().getValue());
        assertTrue(cancel.getProperty("LOCATION").isEmpty() && cancel.getProperty("DESCRIPTION").isEmpty());
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_the_download_for_a_councillors_own_calendar_is_the_invitations_event_published_with_no_attendee() throws Exception {
        CalendarInvitation.Details details = details(2, "Abbey Road traffic scheme: public meeting",
                "Residents' views on the proposed one-way system.", "Abbey Community Centre, Hall 1");
        String ics = CalendarInvitation.publish(details, STAMPED);
        VEvent published = strictlyValid(ics, "PUBLISH");
        // RFC 5546 §3.2.1: DTSTAMP, DTSTART, ORGANIZER, SUMMARY and UID; SEQUENCE as it is above 0; no attendee
        assertEquals(UID, published.getUid().orElseThrow().getValue(), "the invitation's event, so calendars merge the two");
        assertEquals("2", published.getSequence().orElseThrow().getValue(), "the invitation's revision");
        assertEquals("20270204T183000Z", published.getDateTimeStart().orElseThrow().getValue());
        assertEquals("20270204T200000Z", published.getDateTimeEnd().orElseThrow().getValue());
        assertEquals("20270111T101530Z", published.getDateTimeStamp().orElseThrow().getValue());
        assertEquals("Abbey Road traffic scheme: public meeting", published.getSummary().orElseThrow().getValue());
        assertEquals("mailto:liaison@council.example", published.getProperty("ORGANIZER").orElseThrow().getValue());
        assertTrue(published.getProperties("ATTENDEE").isEmpty(), "no attendee in a PUBLISH");
        assertFalse(ics.contains("RSVP"), ics);
        assertEquals("CONFIRMED", published.getProperty("STATUS").orElseThrow().getValue());

        VEvent cancelled = strictlyValid(CalendarInvitation.publishCancelled(details(3, details.summary(), null, null),
                STAMPED.plusSeconds(60)), "PUBLISH");
        assertEquals(UID, cancelled.getUid().orElseThrow().getValue());
        assertEquals("3", cancelled.getSequence().orElseThrow().getValue());
        assertEquals("CANCELLED", cancelled.getProperty("STATUS").orElseThrow().getValue());

        VEvent hostile = strictlyValid(CalendarInvitation.publish(details(0, HOSTILE, HOSTILE, HOSTILE), STAMPED), "PUBLISH");
        assertEquals(typed(HOSTILE), textValue(CalendarInvitation.publish(details(0, HOSTILE, HOSTILE, HOSTILE), STAMPED), "SUMMARY"));
        assertTrue(hostile.getProperties("ATTENDEE").isEmpty(), "no attendee smuggled in");
    }

    @Tag("NTF-8")
    @Test
    void NTF_8_a_ceremonial_invitation_parses_strictly_and_validates() throws Exception {
        VEvent event = strictlyValid(CalendarInvitation.request(details(0, "Remembrance parade", null,
                "War memorial, Abbey Green"), STAMPED), "REQUEST");
        assertEquals("Remembrance parade", event.getSummary().orElseThrow().getValue());
        assertEquals("War memorial, Abbey Green", event.getLocation().orElseThrow().getValue());
    }

    @Tag("NTF-1")
    @Tag("HUB-4")
    @Test
    void NTF_1_what_a_user_typed_is_escaped_and_folded_and_never_becomes_a_line_of_its_own() throws Exception {
        String description = (HOSTILE + " ").repeat(3000 / HOSTILE.length() + 1).substring(0, 3000);
        assertEquals(3000, description.length());
        for (String ics : List.of(
                CalendarInvitation.request(details(4, HOSTILE, description, HOSTILE), STAMPED),
                CalendarInvitation.cancel(details(5, HOSTILE, description, HOSTILE), STAMPED))) {
            VEvent event = strictlyValid(ics, ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST");
            // read as RFC 5545 §3.3.11 says, escapes left to right: ical4j 4.0.8's own unescaping takes the "\\\n"
            // of a backslash typed before a line break for a backslash and an "n"
            assertEquals(typed(HOSTILE), textValue(ics, "SUMMARY"));
            assertEquals(typed(HOSTILE), textValue(ics, "LOCATION"));
            assertEquals(typed(description), textValue(ics, "DESCRIPTION"));
            assertTrue(event.getDescription().orElseThrow().getValue().startsWith("Budget; cuts, \\N (not a newline) \\, \\;"));
            assertEquals(1, event.getProperties("ATTENDEE").size(), "no attendee smuggled in");
            assertEquals("mailto:ada.price@members.council.example", event.getProperty("ATTENDEE").orElseThrow().getValue());
        }
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_lines_fold_at_75_octets_without_splitting_a_character() throws Exception {
        // every offset of é (2 octets), € (3), 😀 (4) and a combining accent around the fold of the first line and beyond
        for (String character : List.of("é", "€", "😀", "e\u0301", "👩‍👩‍👧")) {
            for (int padding = 55; padding <= 80; padding++) {
                String title = "a".repeat(padding) + character + "b".repeat(padding) + character.repeat(40);
                VEvent event = strictlyValid(CalendarInvitation.request(details(0, title, title, title), STAMPED), "REQUEST");
                assertEquals(title, event.getSummary().orElseThrow().getValue());
                assertEquals(title, event.getDescription().orElseThrow().getValue());
            }
        }
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_an_attendee_name_with_quotes_and_line_breaks_stays_one_parameter() throws Exception {
        CalendarInvitation.Details details = new CalendarInvitation.Details(UID, 0, "Meeting", null, null, STARTS, ENDS,
                "liaison@council.example", "Cllr \"Ada\" Price;\r\nROLE=CHAIR:mailto:x@evil.example, MBE",
                "ada.price@members.council.example");
        VEvent event = strictlyValid(CalendarInvitation.request(details, STAMPED), "REQUEST");
        Property attendee = event.getProperty("ATTENDEE").orElseThrow();
        assertEquals("mailto:ada.price@members.council.example", attendee.getValue());
        assertEquals("Cllr 'Ada' Price;  ROLE=CHAIR:mailto:x@evil.example, MBE", attendee.getParameter("CN").orElseThrow().getValue());
        assertEquals("REQ-PARTICIPANT", attendee.getParameter("ROLE").orElseThrow().getValue());
    }

    /** Parses {@code ics} strictly, checks its lines and validation, and returns its one event. */
    private static VEvent strictlyValid(String ics, String method) throws Exception {
        assertPhysicalLines(ics);
        Calendar calendar = new CalendarBuilder(CalendarParserFactory.getInstance().get(),
                new ContentHandlerContext().withSupressInvalidProperties(false),
                TimeZoneRegistryFactory.getInstance().createRegistry()).build(new StringReader(ics));
        ValidationResult result = calendar.validate();
        assertFalse(result.hasErrors(), () -> result + "\n" + ics);
        assertEquals(method, calendar.getProperty("METHOD").orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent event = events.get(0);
        assertEquals(1, event.getProperties("DTSTAMP").size(), "exactly one DTSTAMP");
        for (Property property : event.getProperties()) {
            assertTrue(EVENT_PROPERTIES.contains(property.getName()), "unexpected property " + property.getName() + "\n" + ics);
        }
        for (String name : EVENT_PROPERTIES) {
            assertTrue(event.getProperties(name).size() <= 1, "more than one " + name);
        }
        return event;
    }

    /**
     * CRLF after every line, nothing else that a lenient client could take for a line break, no physical line over 75
     * octets, each line whole UTF-8 (no character split by a fold), and exactly one DTSTAMP line once unfolded.
     */
    private static void assertPhysicalLines(String ics) throws CharacterCodingException {
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
        assertTrue(ics.endsWith("\r\n"), "ends with CRLF");
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\r') {
                assertTrue(i + 1 < bytes.length && bytes[i + 1] == '\n', "a CR not followed by LF at octet " + i);
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i));
                start = i + 2;
                i++;
            } else {
                assertTrue(bytes[i] != '\n', "an LF not preceded by CR at octet " + i);
            }
        }
        assertEquals(bytes.length, start, "nothing after the last CRLF");
        int dtstamps = 0;
        Pattern propertyLine = Pattern.compile("^(BEGIN|END|PRODID|VERSION|CALSCALE|METHOD|"
                + String.join("|", EVENT_PROPERTIES) + ")[:;].*");
        for (byte[] line : lines) {
            assertTrue(line.length <= CalendarInvitation.MAX_LINE_OCTETS, line.length + " octets: " + new String(line, StandardCharsets.UTF_8));
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line)).toString();
            for (char c : text.toCharArray()) {
                assertTrue(c == '\t' || !Character.isISOControl(c), "a control character in " + text);
            }
            if (!text.startsWith(" ")) {
                assertTrue(propertyLine.matcher(text).matches(), "a line that is no property of ours: " + text);
                dtstamps += text.startsWith("DTSTAMP:") ? 1 : 0;
            }
        }
        assertEquals(1, dtstamps, "one DTSTAMP line");
    }

    /** The TEXT value of property {@code name}, unfolded and unescaped left to right (RFC 5545 §3.1, §3.3.11). */
    private static String textValue(String ics, String name) {
        String line = ics.replace("\r\n ", "").lines().filter(l -> l.startsWith(name + ":")).findFirst().orElseThrow();
        String escaped = line.substring(name.length() + 1);
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '\\') {
                char next = escaped.charAt(++i);
                assertTrue("\\;,nN".indexOf(next) >= 0, "an escape RFC 5545 does not know: \\" + next);
                value.append(next == 'n' || next == 'N' ? '\n' : next);
            } else {
                assertTrue(c != ';' && c != ',', "an unescaped " + c + " in " + name);
                value.append(c);
            }
        }
        return value.toString();
    }

    /** What a calendar shows of what was typed: any line break as LF, other control characters as spaces. */
    private static String typed(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n')
                .replaceAll("[\\u0000-\\u0008\\u000b-\\u001f\\u007f]", " ");
    }

    private static CalendarInvitation.Details details(int sequence, String summary, String description, String location) {
        return new CalendarInvitation.Details(UID, sequence, summary, description, location, STARTS, ENDS,
                "liaison@council.example", "Cllr Ada Price", "ada.price@members.council.example");
    }
}
