package org.liaison.notify.matter;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A ward matter as its emails show it: plain values read when the email is composed, times in the council's zone,
 * blank text as absent. Templates get this, never the {@link Matter} entity.
 */
public record MatterView(UUID id, MatterKind kind, String title, String description, String location,
        ZonedDateTime startsAt, ZonedDateTime endsAt, String link, String visitBy, String parishCouncil, boolean late,
        String cancellationReason, List<String> wardCodes, boolean councillorsConsulted) {

    public MatterView {
        wardCodes = List.copyOf(wardCodes);
    }

    public static MatterView of(Matter matter, ZoneId zone) {
        return new MatterView(matter.id, matter.kind, matter.title, present(matter.description), present(matter.location),
                matter.startsAt == null ? null : matter.startsAt.atZone(zone),
                matter.endsAt == null ? null : matter.endsAt.atZone(zone), present(matter.link),
                present(matter.visitBy), present(matter.parishCouncil), matter.late, present(matter.cancellationReason),
                List.copyOf(matter.wardCodes), matter.councillorsConsulted);
    }

    /** The affected wards' codes, comma-separated. */
    public String wards() {
        return String.join(", ", wardCodes);
    }

    /** The kind as a noun: "site visit", "agenda item". */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String present(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
