package org.liaison.web.pages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.web.api.Matter;

/**
 * Members' services' registration of a ward matter as typed: its kind, what and where, when (GOV.UK date input and a
 * time, the council's), the wards it affects and what only some kinds need. ward-notify-service checks what each kind
 * requires; only a date or time that is none is refused here. {@code consultWardCouncillors}: for a consultation,
 * "true" (the ward councillors are consulted: asked for their views), "false" (told) or "" (as the council's protocol
 * has it; NTF-2, P12).
 */
public record MatterForm(String kind, String title, String description, String location, DateInput startsOn,
        String startsAt, String endsAt, List<String> wardCodes, String link, String visitBy, boolean courtesyVisit,
        String parishCouncil, String withheldReason, String consultWardCouncillors) {

    public static final MatterForm EMPTY = new MatterForm("PUBLIC_MEETING", "", "", "", DateInput.EMPTY, "", "", List.of(),
            "", "", false, "", "", "");

    /** ward-notify's names for the fields, with the form's labels, in the order the page shows them. */
    public static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("kind", "Kind of matter", "Select what kind of matter it is"),
            new FormErrors.Field("title", "Title", "Enter a title"),
            new FormErrors.Field("description", "Description", "Describe the matter"),
            new FormErrors.Field("location", "Where", "Say where it happens"),
            new FormErrors.Field("startsAt", "When", "Enter when it happens"),
            new FormErrors.Field("endsAt", "Ends", "Enter when it ends"),
            new FormErrors.Field("wardCodes", "Wards", "Select the wards it affects"),
            new FormErrors.Field("link", "Link", "Enter the address of the document"),
            new FormErrors.Field("visitBy", "Visit by", "Say who is visiting"),
            new FormErrors.Field("parishCouncil", "Parish council", "Name the parish council"),
            new FormErrors.Field("withheldReason", "Why details are withheld", "Say why details are withheld"),
            new FormErrors.Field("consultWardCouncillors", "Ward councillors (consultations)",
                    "Say whether the ward councillors are told of the consultation or consulted on it"));

    public static MatterForm from(Map<String, List<String>> fields) {
        return new MatterForm(FormFields.one(fields, "kind"), FormFields.one(fields, "title"), FormFields.one(fields, "description"),
                FormFields.one(fields, "location"), DateInput.from(fields, "startsAt"), FormFields.one(fields, "startsAtTime"),
                FormFields.one(fields, "endsAtTime"),
                fields.getOrDefault("wardCodes", List.of()).stream().map(String::strip).filter(c -> !c.isEmpty()).toList(),
                FormFields.one(fields, "link"), FormFields.one(fields, "visitBy"), "true".equals(FormFields.one(fields, "courtesyVisit")),
                FormFields.one(fields, "parishCouncil"), FormFields.one(fields, "withheldReason"),
                FormFields.one(fields, "consultWardCouncillors"));
    }

    /** The registration to send, unless the date or times typed are none. */
    public Result toRegistration() {
        List<FormErrors.Entry> errors = new ArrayList<>();
        OffsetDateTime starts = null;
        OffsetDateTime ends = null;
        if (!startsOn.blank() || !startsAt.isEmpty()) {
            LocalDate day = startsOn.date("startsAt", "The date", errors);
            LocalTime from = DateInput.time(startsAt, LocalTime.of(9, 0), "startsAtTime", "The start time", errors);
            LocalTime to = DateInput.time(endsAt, null, "endsAtTime", "The end time", errors);
            if (day != null && from != null) {
                starts = day.atTime(from).atZone(Formats.zone()).toOffsetDateTime();
                if (to != null) {
                    ends = day.atTime(to).atZone(Formats.zone()).toOffsetDateTime();
                }
            }
        }
        return new Result(new Matter.Registration(blankToNull(kind), title, blankToNull(description), blankToNull(location),
                starts, ends, wardCodes, blankToNull(link), blankToNull(visitBy), "SITE_VISIT".equals(kind) ? courtesyVisit : null,
                blankToNull(parishCouncil), blankToNull(withheldReason), null, consulted()), new FormErrors(errors));
    }

    /** NTF-2: only a consultation says whether its ward councillors are consulted; blank leaves it to the protocol. */
    private Boolean consulted() {
        if (!"CONSULTATION".equals(kind) || consultWardCouncillors == null || consultWardCouncillors.isBlank()) {
            return null;
        }
        return "true".equals(consultWardCouncillors.strip());
    }

    public record Result(Matter.Registration registration, FormErrors errors) {
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
