package org.liaison.enquiry.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/** An enquiry as its reader may see it; {@code body} is absent where they may not read it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnquiryView(UUID id, String reference, String councillorId, String subject, String body,
        String serviceAreaCode, String wardCode, String category, boolean constituentConfidential, boolean doNotCopy,
        Instant receivedAt, Instant clockStartsAt, Instant dueAt, String assignedOfficerId, String routingReason,
        String status, int escalationLevel) {

    static EnquiryView of(Enquiry e, boolean withBody) {
        return new EnquiryView(e.id, e.reference, e.councillorId, e.subject, withBody ? e.body : null, e.serviceAreaCode,
                e.wardCode, e.category.name(), e.constituentConfidential, e.doNotCopy, e.receivedAt, e.clockStartsAt,
                e.dueAt, e.assignedOfficerId, e.routingReason, e.status.name(), e.escalationLevel);
    }
}
