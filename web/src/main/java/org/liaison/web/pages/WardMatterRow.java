package org.liaison.web.pages;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.liaison.web.api.CouncillorMatter;

/**
 * A ward matter as a councillor's "my wards" page lists it: its kind, when (the council's time) and where, its wards by name,
 * its link (web addresses only), how they were told, and the address of its calendar download when it has one.
 */
public record WardMatterRow(String id, String kind, String ruleId, String title, boolean cancelled, String when,
        String where, String wards, String link, String told, String calendarHref) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    static WardMatterRow of(CouncillorMatter matter, Map<String, String> wardNames) {
        MatterRegister.Kind kind = MatterRegister.Kind.of(matter.kind());
        return new WardMatterRow(matter.id(), kind.label(), kind.ruleId(), matter.title(), matter.cancelled(), when(matter),
                where(matter), matter.wardCodes().stream().map(c -> wardNames.getOrDefault(c, c)).collect(Collectors.joining(", ")),
                webAddress(matter.link()), told(matter),
                matter.calendarEvent() ? "/my-wards/" + matter.id() + "/calendar.ics" : null);
    }

    /** "Tuesday 15 December 2026, 18:30 to 20:00"; to another day written in full; undated: when it was registered. */
    static String when(CouncillorMatter matter) {
        Instant starts = matter.startsAt();
        if (starts == null) {
            return matter.registeredAt() == null ? "No date" : "No date (registered " + Formats.londonShort(matter.registeredAt()) + ")";
        }
        Instant ends = matter.endsAt();
        if (ends == null) {
            return Formats.london(starts);
        }
        java.time.ZoneId zone = Formats.zone();
        boolean sameDay = starts.atZone(zone).toLocalDate().equals(ends.atZone(zone).toLocalDate());
        return Formats.london(starts) + " to " + (sameDay ? TIME.format(ends.atZone(zone))
                : Formats.london(ends));
    }

    /** The place, or for a site visit who is visiting, or for parish correspondence the parish council. */
    static String where(CouncillorMatter matter) {
        if (present(matter.location())) {
            return matter.location().strip();
        }
        if (present(matter.parishCouncil())) {
            return matter.parishCouncil().strip();
        }
        return "";
    }

    /** "By email, 18 Jan 2027, 17:00", "In your daily digest, …", or "Not yet". */
    static String told(CouncillorMatter matter) {
        if (matter.toldAt() == null) {
            return "Not yet";
        }
        String how = "daily digest".equals(matter.toldHow()) ? "In your daily digest" : "By email";
        return how + ", " + Formats.londonShort(matter.toldAt());
    }

    /** The matter's link if it is a web address (http or https); anything else (javascript:, data:) is not shown. */
    static String webAddress(String link) {
        if (!present(link)) {
            return null;
        }
        try {
            URI uri = URI.create(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
