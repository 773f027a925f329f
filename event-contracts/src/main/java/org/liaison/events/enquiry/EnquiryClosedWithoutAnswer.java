package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.declined.v1} (ENQ-11, with the reason) or {@code liaison.enquiry.withdrawn.v1} (by the
 * councillor) on {@code enquiry.events}, keyed by enquiry id. A decline is emailed to the councillor; a
 * withdrawal to the officer who had the enquiry, so that they stop work on it. {@code disputeDecider}: for a decline,
 * who decides if the councillor disputes it, in words for an email ("the Chief Executive", "the Standards Committee",
 * the council profile's {@code enquiries.information-requests.dispute-decider}); null in events written before it.
 */
public record EnquiryClosedWithoutAnswer(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String councillorEmail,
        String subject,
        String officerName,
        String declineReason,
        String explanation,
        Instant at,
        String officerId,
        String officerEmail,
        String disputeDecider) {

    public static final String DECLINED = "liaison.enquiry.declined.v1";
    public static final String WITHDRAWN = "liaison.enquiry.withdrawn.v1";
}
