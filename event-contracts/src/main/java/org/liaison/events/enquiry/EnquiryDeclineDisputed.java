package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.decline-disputed.v1} on {@code enquiry.events}, keyed by enquiry id (ENQ-11): the
 * councillor disputes a declined information request and it goes to the chief executive to decide.
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
        Instant at) {

    public static final String TYPE = "liaison.enquiry.decline-disputed.v1";
}
