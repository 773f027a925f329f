package org.liaison.events.enquiry;

import java.time.Instant;

/** {@code liaison.enquiry.reassigned.v1} on {@code enquiry.events}, keyed by enquiry id: a new officer has it. */
public record EnquiryReassigned(String enquiryId, String reference, String previousOfficerId, String officerId,
        String officerName, String reason, String reassignedBy, Instant at) {

    public static final String TYPE = "liaison.enquiry.reassigned.v1";
}
