package org.liaison.events.enquiry;

import java.time.Instant;
import java.util.List;

/**
 * {@code liaison.enquiry.answered.v1} on {@code enquiry.events}, keyed by enquiry id: the officer's full reply,
 * to be emailed to the councillor and to every member it is copied to. ENQ-10: nobody is copied blind; the
 * councillor's copy lists everyone else who received it.
 *
 * <p>{@code sealedBody} is the reply sealed for the email hub alone (a JWE only the hub's private key opens, bound to
 * this enquiry; {@code CaseworkSeal} in service-infrastructure): the reply never travels on Kafka, sits in an outbox
 * row or reaches a dead letter in clear. The hub drops it from its queue once the email is sent.
 *
 * <p>{@code lateExplanation}: for a reply after the due date, why it is late in the officer's words (ENQ-1; the council
 * profile's response standard decides when one is required); null when none was given and in events written before it.
 */
public record EnquiryAnswered(
        String enquiryId,
        String reference,
        String councillorId,
        String councillorName,
        String councillorEmail,
        String subject,
        String officerName,
        String sealedBody,
        List<Member> copiedTo,
        Instant answeredAt,
        boolean answeredInTime,
        String lateExplanation) {

    public static final String TYPE = "liaison.enquiry.answered.v1";

    public EnquiryAnswered {
        copiedTo = copiedTo == null ? List.of() : List.copyOf(copiedTo);
    }

    public record Member(String id, String name, String email) {
    }
}
