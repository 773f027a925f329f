package org.liaison.notify.matter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ward matter as the councillor it concerns sees it: what, when and where, and when they themselves were told
 * ({@code toldAt}, by {@code toldHow}: email or daily digest; absent while not yet). Nothing of any other councillor's
 * mail. {@code calendarEvent}: it has a start and an end, so {@code GET /councillors/{id}/matters/{matterId}/calendar}
 * gives it for their own calendar. {@code consulted}: a consultation they are consulted on (NTF-2, P12), whose
 * {@code views} they give with {@code PUT /councillors/{id}/matters/{matterId}/views} ({@code viewsGivenAt}: when).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CouncillorMatter(UUID id, MatterKind kind, String ruleId, String title, String description, String location,
        Instant startsAt, Instant endsAt, List<String> wardCodes, String link, String visitBy, String parishCouncil,
        String status, Instant registeredAt, Instant updatedAt, Instant cancelledAt, String cancellationReason,
        int revision, Instant concernedSince, Instant toldAt, String toldHow, boolean calendarEvent, Boolean consulted,
        String views, Instant viewsGivenAt) {

    public CouncillorMatter {
        wardCodes = List.copyOf(wardCodes);
    }

    static CouncillorMatter of(Matter matter, MatterRecipient recipient, MatterCompliance.ToldOf told) {
        boolean consultation = matter.kind == MatterKind.CONSULTATION;
        return new CouncillorMatter(matter.id, matter.kind, matter.kind.ruleId(), matter.title, matter.description,
                matter.location, matter.startsAt, matter.endsAt, List.copyOf(matter.wardCodes), matter.link, matter.visitBy,
                matter.parishCouncil, matter.status.name(), matter.registeredAt, matter.updatedAt, matter.cancelledAt,
                matter.cancellationReason, matter.calendarSequence, recipient == null ? null : recipient.concernedSince,
                told == null ? null : told.at(), told == null ? null : told.how(), CouncillorMatters.hasCalendarEvent(matter),
                consultation ? matter.councillorsConsulted : null, recipient == null ? null : recipient.views,
                recipient == null ? null : recipient.viewsGivenAt);
    }
}
