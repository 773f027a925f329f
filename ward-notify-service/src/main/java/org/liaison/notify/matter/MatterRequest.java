package org.liaison.notify.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * A ward matter as registered by members' services. Times are ISO-8601 with an offset. {@code startsAt} is when the
 * matter happens: the meeting, the consultation's opening, the committee meeting an agenda item is on, the decision,
 * the visit, the event, a press release's planned issue. {@code link} points at the consultation, the agenda report,
 * the decision notice. What each kind requires is checked by {@code MatterKind}. {@code consultWardCouncillors}: for a
 * consultation, whether its ward councillors are consulted on it (asked for their views) rather than told of it, as the
 * council profile's consultation policy allows ({@link WardCouncillorsConsulted}).
 */
public record MatterRequest(
        @NotNull MatterKind kind,
        @NotBlank @Size(max = 300) String title,
        @MultiLine @Size(max = 10000) String description,
        @Size(max = 300) String location,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 20) String> wardCodes,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address") String link,
        @Size(max = 300) String visitBy,
        Boolean courtesyVisit,
        @Size(max = 300) String parishCouncil,
        @MultiLine @Size(max = 2000) String withheldReason,
        @Size(max = 200) String sourceReference,
        Boolean consultWardCouncillors) {

    /** A request that leaves a consultation's ward councillors to the council's policy (every kind but a consultation). */
    public MatterRequest(MatterKind kind, String title, String description, String location, OffsetDateTime startsAt,
            OffsetDateTime endsAt, List<String> wardCodes, String link, String visitBy, Boolean courtesyVisit,
            String parishCouncil, String withheldReason, String sourceReference) {
        this(kind, title, description, location, startsAt, endsAt, wardCodes, link, visitBy, courtesyVisit, parishCouncil,
                withheldReason, sourceReference, null);
    }

    /** The request as first registered by older clients: no kind-specific fields. */
    public MatterRequest(MatterKind kind, String title, String description, String location, OffsetDateTime startsAt,
            OffsetDateTime endsAt, List<String> wardCodes) {
        this(kind, title, description, location, startsAt, endsAt, wardCodes, null, null, null, null, null, null, null);
    }
}
