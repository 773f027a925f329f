package org.liaison.events.notify;

import java.time.Instant;
import java.util.List;

/**
 * {@code liaison.notify.matter-delivered.v1} on {@code notify.deliveries}, keyed by matter id (NTF-3): every councillor
 * of the matter's wards has been emailed (the SMTP server accepted each). media-service waits for this before a
 * release about those wards may be issued (MR-8); {@code sourceReference} is its release id.
 */
public record MatterDelivered(
        String matterId,
        String kind,
        String sourceReference,
        List<String> wardCodes,
        List<Recipient> recipients,
        Instant deliveredAt) {

    public static final String TYPE = "liaison.notify.matter-delivered.v1";

    public MatterDelivered {
        wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public record Recipient(String councillorId, String name, Instant sentAt, String messageId) {
    }
}
