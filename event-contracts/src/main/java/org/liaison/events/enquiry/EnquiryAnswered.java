package org.liaison.events.enquiry;

import java.time.Instant;
import java.util.List;

/**
 * {@code liaison.enquiry.answered.v1} on {@code enquiry.events}, keyed by enquiry id: the officer's full reply,
 * to be emailed to the councillor and to every member it is copied to. ENQ-10: nobody is copied blind; the
 * councillor's copy lists everyone else who received it.
 */
public record EnquiryAnswered(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String councillorEmail,
        String subject,
        String officerName,
        String body,
        List<Member> copiedTo,
        Instant answeredAt,
        boolean answeredInTime) {

    public static final String TYPE = "liaison.enquiry.answered.v1";

    public EnquiryAnswered {
        copiedTo = copiedTo == null ? List.of() : List.copyOf(copiedTo);
    }

    public record Member(String id, String name, String email) {
    }
}
