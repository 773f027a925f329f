package org.liaison.notify.enquiry;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryDeclineDisputed;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.events.enquiry.EnquiryReassigned;
import org.liaison.infrastructure.time.ClockProducer;

/**
 * A short enquiry email that tells one person what happened and what, if anything, they should do: a subject,
 * paragraphs and a few labelled facts. Rendered by the {@code notice} templates (HTML and text, values escaped).
 * Kept as the notification's context, so a retry sends exactly what was first composed.
 */
public record EnquiryNotice(String subject, List<String> paragraphs, List<Fact> facts) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    public record Fact(String label, String value) {
    }

    public EnquiryNotice {
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
    }

    static String when(Instant instant) {
        return instant == null ? "" : instant.atZone(ClockProducer.LONDON).format(WHEN) + " (UK time)";
    }

    /** The officer who now has the enquiry: what it is, why it came to them, and by when to answer. */
    static EnquiryNotice reassignedToOfficer(EnquiryReassigned e) {
        return new EnquiryNotice("Enquiry " + e.reference() + " is now yours: " + e.subject(), List.of(
                "A councillor's enquiry has been reassigned to you. Please reply, or send a holding reply that explains "
                        + "the delay, before it is due. The due date has not changed.",
                "Open it in Liaison to read the enquiry in full."),
                List.of(new Fact("Reference", e.reference()), new Fact("Subject", e.subject()),
                        new Fact("Councillor", e.councillorName()), new Fact("Due", when(e.dueAt())),
                        new Fact("Why you", e.reason())));
    }

    /** The councillor: who now deals with their enquiry. */
    static EnquiryNotice reassignedToCouncillor(EnquiryReassigned e) {
        return new EnquiryNotice("Enquiry " + e.reference() + " is now with " + e.officerName() + ": " + e.subject(), List.of(
                e.officerName() + " is now dealing with your enquiry. The date by which you should have a reply is unchanged."),
                List.of(new Fact("Reference", e.reference()), new Fact("Subject", e.subject()),
                        new Fact("Officer", e.officerName()), new Fact("Reply due by", when(e.dueAt()))));
    }

    /** The officer: the councillor withdrew the enquiry, so work on it stops. */
    static EnquiryNotice withdrawn(EnquiryClosedWithoutAnswer e) {
        return new EnquiryNotice("Enquiry " + e.reference() + " withdrawn: " + e.subject(), List.of(
                e.councillorName() + " has withdrawn this enquiry. No reply is needed and it will not be chased."),
                List.of(new Fact("Reference", e.reference()), new Fact("Subject", e.subject()),
                        new Fact("Withdrawn", when(e.at()))));
    }

    /** ENQ-11: the chief executive is asked to decide a disputed decline. */
    static EnquiryNotice disputed(EnquiryDeclineDisputed e) {
        return new EnquiryNotice("Disputed decline of enquiry " + e.reference() + ": " + e.subject(), List.of(
                e.councillorName() + " disputes the decline of their request for information. Under the protocol a "
                        + "disputed decline is decided by the Chief Executive.",
                "Please decide in Liaison whether the decline is upheld or overturned, and explain your decision; "
                        + "the councillor is told at once."),
                List.of(new Fact("Reference", e.reference()), new Fact("Subject", e.subject()),
                        new Fact("Declined by", e.declinedByName()),
                        new Fact("Reason", EnquiryEmails.DeclinedView.reasonInWords(e.declineReason())),
                        new Fact("Explanation given", e.declineExplanation()),
                        new Fact("Councillor's grounds", e.grounds())));
    }

    /** ENQ-11: the councillor learns the chief executive's decision. */
    static EnquiryNotice decisionToCouncillor(EnquiryDisputeDecided e) {
        List<String> paragraphs = new ArrayList<>();
        List<Fact> facts = new ArrayList<>(List.of(new Fact("Reference", e.reference()), new Fact("Subject", e.subject()),
                new Fact("Decided by", e.decidedByName()), new Fact("Explanation", e.explanation())));
        if (e.outcome() == EnquiryDisputeDecided.Outcome.UPHELD) {
            paragraphs.add("The Chief Executive has considered your dispute and upheld the decline of your request.");
        } else {
            paragraphs.add("The Chief Executive has considered your dispute and overturned the decline: your request will be "
                    + "answered by " + e.officerName() + ".");
            facts.add(new Fact("Reply due by", when(e.dueAt())));
        }
        return new EnquiryNotice("Your dispute of enquiry " + e.reference() + ": decline "
                + (e.outcome() == EnquiryDisputeDecided.Outcome.UPHELD ? "upheld" : "overturned"), paragraphs, facts);
    }

    /** ENQ-11: an overturned decline goes back to its officer, to answer by the new due date. */
    static EnquiryNotice overturnedToOfficer(EnquiryDisputeDecided e) {
        return new EnquiryNotice("Decline overturned: please answer enquiry " + e.reference(), List.of(
                "The Chief Executive has overturned the decline of this request for information. Please reply, or send a "
                        + "holding reply that explains the delay, before it is due; it is chased as usual."),
                List.of(new Fact("Reference", e.reference()), new Fact("Subject", e.subject()),
                        new Fact("Decision", e.explanation()), new Fact("Due", when(e.dueAt()))));
    }
}
