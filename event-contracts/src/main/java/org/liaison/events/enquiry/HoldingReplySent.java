package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.holding-reply-sent.v1} on {@code enquiry.events}, keyed by enquiry id (ENQ-7): the
 * officer explained the delay and set a new target date, which is then tracked and chased like the first.
 */
public record HoldingReplySent(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String councillorEmail,
        String subject,
        String officerName,
        String reason,
        Instant previousDueAt,
        Instant newDueAt) {

    public static final String TYPE = "liaison.enquiry.holding-reply-sent.v1";
}
