package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.decline-disputed.v1} on {@code enquiry.events}, keyed by enquiry id (ENQ-11): the
 * councillor disputes a declined information request and it goes to the council profile's decider: {@code chiefExecutive*}
 * name the officer it is sent to (the chief executive, or the monitoring officer who records the Standards Committee's
 * decision, ...), {@code decider} who decides, in words for an email (null in events written before it: the Chief
 * Executive).
 */
public record EnquiryDeclineDisputed(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String subject,
        String declinedByName,
        String declineReason,
        String declineExplanation,
        String grounds,
        String chiefExecutiveId,
        String chiefExecutiveName,
        String chiefExecutiveEmail,
        Instant at,
        String decider) {

    public static final String TYPE = "liaison.enquiry.decline-disputed.v1";
}
