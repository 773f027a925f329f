package org.liaison.notify.matter;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record MatterResponse(UUID id, MatterKind kind, String title, String description, String location,
        Instant startsAt, Instant endsAt, List<String> wardCodes, String status, Instant registeredAt,
        List<Recipient> recipients) {

    /** A councillor told about the matter and where their email stands. */
    public record Recipient(String councillorId, String displayName, String notificationStatus, Instant sentAt) {
    }
}
