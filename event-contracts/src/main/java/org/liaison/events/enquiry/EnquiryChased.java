package org.liaison.events.enquiry;

import java.time.Instant;
import java.util.List;

/**
 * {@code liaison.enquiry.chased.v1} on {@code enquiry.events}, keyed by enquiry id (ENQ-8): one step of the
 * chase ladder fired, once per enquiry and target date, with the people it is addressed to.
 */
public record EnquiryChased(
        String enquiryId,
        String reference,
        String subject,
        Step step,
        Instant dueAt,
        String assignedOfficerName,
        List<Recipient> recipients) {

    public static final String TYPE = "liaison.enquiry.chased.v1";

    public enum Step {
        /** One working day before due: a reminder to the officer. */
        DUE_SOON,
        /** At the due time: the councillor is told (at once). */
        OVERDUE_COUNCILLOR,
        /** At the due time: the officer and their line manager are told (within working hours). */
        OVERDUE_OFFICER,
        /** Two working days after due: the head of service. */
        ESCALATED_HEAD_OF_SERVICE,
        /** Five working days after due: the director. */
        ESCALATED_DIRECTOR
    }

    public EnquiryChased {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public record Recipient(String id, String name, String email, String role) {
    }
}
