package org.liaison.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An enquiry as enquiry-service shows it to the signed-in person ({@code body} absent where they may not read it). */
public record Enquiry(String id, String reference, String councillorId, String subject, String body,
        String serviceAreaCode, String wardCode, String category, boolean constituentConfidential, boolean doNotCopy,
        Instant receivedAt, Instant dueAt, String assignedOfficerId, String routingReason, String status,
        int escalationLevel) {

    /** Still waiting for the officer's full reply. */
    public boolean open() {
        return List.of("RECEIVED", "ASSIGNED", "HOLDING_REPLY_SENT").contains(status);
    }

    /** {@code POST /enquiries}: the councillor's form, as typed (the service validates it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewEnquiry(String subject, String body, String serviceAreaCode, String wardCode, String category,
            boolean constituentConfidential, boolean doNotCopy) {
    }

    public record Received(String id, String reference, Instant receivedAt, Instant dueAt, String assignedOfficerId,
            String routingReason) {
    }

    /** {@code POST /enquiries/{id}/reply}: the officer's full reply, copied to nobody. */
    public record Reply(String body) {
    }

    /** {@code POST /enquiries/{id}/holding-reply} (ENQ-7): why the full reply is delayed, and the new target date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HoldingReply(String reason, LocalDate newTargetDate) {
    }

    /** {@code POST /enquiries/{id}/decline} (ENQ-11): LEGAL, PRIVATE_PURPOSE or UNREASONABLE_RESOURCES, explained. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decline(String reason, String explanation) {
    }

    public record HoldingReplySent(String id, String reference, String status, Instant previousDueAt, Instant dueAt) {
    }

    public record Outcome(String id, String reference, String status) {
    }
}
