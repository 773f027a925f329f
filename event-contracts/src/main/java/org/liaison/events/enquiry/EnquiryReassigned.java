package org.liaison.events.enquiry;

import java.time.Instant;

/**
 * {@code liaison.enquiry.reassigned.v1} on {@code enquiry.events}, keyed by enquiry id: a new officer has it. The
 * new officer is emailed what is now theirs and by when; the councillor is told who now handles it.
 */
public record EnquiryReassigned(String enquiryId, String reference, String previousOfficerId, String officerId,
        String officerName, String reason, String reassignedBy, Instant at, String officerEmail, String subject,
        Instant dueAt, String councillorId, String councillorName, String councillorEmail) {

    public static final String TYPE = "liaison.enquiry.reassigned.v1";
}
