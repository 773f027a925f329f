package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.dispute-decided.v1} on {@code enquiry.events}, keyed by enquiry id (ENQ-11): the council
 * profile's decider ({@code decider}, in words for an email; null in events written before it: the Chief Executive)
 * upheld the decline, or overturned it and the request is to be answered by {@code dueAt}.
 */
public record EnquiryDisputeDecided(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String councillorEmail,
        String subject,
        Outcome outcome,
        String explanation,
        String decidedByName,
        String officerId,
        String officerName,
        String officerEmail,
        Instant dueAt,
        Instant at,
        String decider) {

    public static final String TYPE = "liaison.enquiry.dispute-decided.v1";

    public enum Outcome {
        /** The decline stands. */
        UPHELD,
        /** The request is to be answered after all; the SLA clock starts again from the decision. */
        OVERTURNED
    }
}
