package org.liaison.notify.delivery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * An iCalendar (RFC 5545 / iTIP RFC 5546) message for one attendee: a REQUEST invites or, with a higher SEQUENCE and
 * the same UID, replaces the event; a CANCEL removes it. A PUBLISH is the same event for a councillor to add to their
 * own calendar (a download): no attendee and no reply asked for (RFC 5546 §3.2.1: an organizer, no attendees), the
 * invitation's UID and SEQUENCE so that a calendar that has the emailed invitation takes it for the same event, and
 * STATUS:CANCELLED once the event is off. Times are written in UTC.
 *
 * <p>Written here rather than by a library because the format's strict parts are exactly what mail clients trip over:
 * every content line is folded at 75 octets of UTF-8 (never inside a character; CRLF and one space continue it), every
 * line ends in CRLF, every TEXT value is escaped (backslash, semicolon, comma; any line break, a bare CR included, as
 * {@code \n}, so nothing a user typed can start a property line of its own), and a VEVENT has exactly one DTSTAMP.
 * {@code CalendarInvitationTest} parses the output with ical4j's strict parser and validator.
 */
public final class CalendarInvitation {

    /** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private CalendarInvitation() {
    }

    public record Details(String uid, int sequence, String summary, String description, String location,
            Instant startsAt, Instant endsAt, String organizerEmail, String attendeeName, String attendeeEmail) {
    }

    private enum Method { REQUEST, CANCEL, PUBLISH }

    public static String request(Details details, Instant stampedAt) {
        return message(details, stampedAt, Method.REQUEST, false);
    }

    public static String cancel(Details details, Instant stampedAt) {
        return message(details, stampedAt, Method.CANCEL, true);
    }

    /**
     * NTF-1: the event as a download for the councillor's own calendar (METHOD:PUBLISH; the attendee of {@code details}
     * is not written).
     */
    public static String publish(Details details, Instant stampedAt) {
        return message(details, stampedAt, Method.PUBLISH, false);
    }

    /** NTF-1: as {@link #publish}, for an event that is off (STATUS:CANCELLED), so a calendar holding it marks it so. */
    public static String publishCancelled(Details details, Instant stampedAt) {
        return message(details, stampedAt, Method.PUBLISH, true);
    }

    private static String message(Details details, Instant stampedAt, Method method, boolean cancelled) {
        StringBuilder out = new StringBuilder(1024);
        line(out, "BEGIN:VCALENDAR");
        line(out, "PRODID:-//Liaison//Ward notifications//EN");
        line(out, "VERSION:2.0");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:" + method.name());
        line(out, "BEGIN:VEVENT");
        line(out, "UID:" + text(details.uid()));
        line(out, "DTSTAMP:" + utc(stampedAt));
        line(out, "DTSTART:" + utc(details.startsAt()));
        line(out, "DTEND:" + utc(details.endsAt()));
        line(out, "SEQUENCE:" + Math.max(0, details.sequence()));
        line(out, "SUMMARY:" + text(details.summary()));
        if (present(details.location())) {
            line(out, "LOCATION:" + text(details.location()));
        }
        if (present(details.description())) {
            line(out, "DESCRIPTION:" + text(details.description()));
        }
        line(out, "ORGANIZER:" + mailto(details.organizerEmail()));
        if (method != Method.PUBLISH) {
            line(out, "ATTENDEE;CN=" + quoted(details.attendeeName())
                    + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:" + mailto(details.attendeeEmail()));
        }
        line(out, "STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        line(out, "END:VEVENT");
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * RFC 5545 §3.3.11 TEXT: backslash, semicolon and comma escaped; CRLF, a bare CR, a bare LF and the Unicode line
     * and paragraph separators each become {@code \n}; other control characters (which TEXT does not allow) become a
     * space; a lone surrogate becomes U+FFFD, as it cannot be written in UTF-8.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        String plain = wellFormed(value);
        StringBuilder escaped = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < plain.length() && plain.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n', '\u2028', '\u2029', '\u0085' -> escaped.append("\\n");
                case '\t' -> escaped.append('\t');
                default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return escaped.toString();
    }

    /**
     * A parameter value (RFC 5545 §3.1 param-value) as a quoted-string, which may hold anything but DQUOTE and control
     * characters: a double quote becomes a single one, control characters a space.
     */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        String plain = wellFormed(value == null ? "" : value);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            quoted.append(c == '"' ? '\'' : Character.isISOControl(c) ? ' ' : c);
        }
        return quoted.append('"').toString();
    }

    /** {@code value} with each lone surrogate (which has no UTF-8 form) replaced by U+FFFD. */
    private static String wellFormed(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                out.append(c).append(value.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }

    /** A CAL-ADDRESS: the directory's address, with anything that cannot be in a URI line (controls, spaces) removed. */
    private static String mailto(String email) {
        return "mailto:" + (email == null ? "" : email.replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]", ""));
    }

    private static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Appends one content line, folded (RFC 5545 §3.1) so that no physical line exceeds 75 octets of UTF-8. */
    private static void line(StringBuilder out, String contentLine) {
        fold(out, contentLine);
        out.append(CRLF);
    }

    static void fold(StringBuilder out, String contentLine) {
        int octets = 0;
        for (int i = 0; i < contentLine.length(); ) {
            int codePoint = contentLine.codePointAt(i);
            int width = Character.charCount(codePoint);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(contentLine, i, i + width);
            octets += size;
            i += width;
        }
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
