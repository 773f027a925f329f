package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.received.v1} on {@code enquiry.events}, keyed by enquiry id: an enquiry was received
 * and routed. Carries what the acknowledgement to the councillor needs (ENQ-6); never the body, which may
 * be constituent-confidential.
 */
public record EnquiryReceived(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String councillorEmail,
        String subject,
        String serviceAreaCode,
        String serviceAreaName,
        String assignedOfficerId,
        String assignedOfficerName,
        String routingReason,
        Instant receivedAt,
        Instant dueAt) {

    public static final String TYPE = "liaison.enquiry.received.v1";
}
