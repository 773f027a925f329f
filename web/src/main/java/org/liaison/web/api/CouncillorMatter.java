package org.liaison.web.api;

import java.time.Instant;
import java.util.List;

/**
 * {@code GET /councillors/{id}/matters}: a ward matter as the councillor it concerns sees it, with when they were told
 * ({@code toldHow}: email or daily digest) and whether it has a calendar event ({@code calendarEvent}).
 */
public record CouncillorMatter(String id, String kind, String ruleId, String title, String description, String location,
        Instant startsAt, Instant endsAt, List<String> wardCodes, String link, String visitBy, String parishCouncil,
        String status, Instant registeredAt, Instant cancelledAt, String cancellationReason, Instant toldAt, String toldHow,
        boolean calendarEvent) {

    public CouncillorMatter {
        wardCodes = wardCodes == null ? List.of() : wardCodes;
    }

    public boolean cancelled() {
        return "CANCELLED".equals(status);
    }
}
