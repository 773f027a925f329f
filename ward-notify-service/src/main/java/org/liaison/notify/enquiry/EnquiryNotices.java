package org.liaison.notify.enquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryDeclineDisputed;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.events.enquiry.EnquiryReassigned;
import org.liaison.notify.delivery.Notice;

/** The short enquiry emails: reassignment, withdrawal, and a disputed decline and its decision (ENQ-11). */
final class EnquiryNotices {

    private EnquiryNotices() {
    }

    private static String when(Instant instant) {
        return Notice.when(instant);
    }

    /**
     * Who decides a disputed decline under the council profile, as the event names them ("the Standards Committee");
     * an event written before it named them was decided by the chief executive.
     */
    static String decider(String named) {
        return named == null || named.isBlank() ? "the Chief Executive" : named;
    }

    /** {@link #decider} at the start of a sentence. */
    static String deciderStartingASentence(String named) {
        String decider = decider(named);
        return Character.toUpperCase(decider.charAt(0)) + decider.substring(1);
    }
    /** The officer who now has the enquiry: what it is, why it came to them, and by when to answer. */
    static Notice reassignedToOfficer(EnquiryReassigned e) {
        return new Notice("Enquiry " + e.reference() + " is now yours: " + e.subject(), List.of(
                "A councillor's enquiry has been reassigned to you. Please reply, or send a holding reply that explains "
                        + "the delay, before it is due. The due date has not changed.",
                "Open it in Liaison to read the enquiry in full."),
                List.of(new Notice.Fact("Reference", e.reference()), new Notice.Fact("Subject", e.subject()),
                        new Notice.Fact("Councillor", e.councillorName()), new Notice.Fact("Due", when(e.dueAt())),
                        new Notice.Fact("Why you", e.reason())));
    }

    /** The councillor: who now deals with their enquiry. */
    static Notice reassignedToCouncillor(EnquiryReassigned e) {
        return new Notice("Enquiry " + e.reference() + " is now with " + e.officerName() + ": " + e.subject(), List.of(
                e.officerName() + " is now dealing with your enquiry. The date by which you should have a reply is unchanged."),
                List.of(new Notice.Fact("Reference", e.reference()), new Notice.Fact("Subject", e.subject()),
                        new Notice.Fact("Officer", e.officerName()), new Notice.Fact("Reply due by", when(e.dueAt()))));
    }

    /** The officer: the councillor withdrew the enquiry, so work on it stops. */
    static Notice withdrawn(EnquiryClosedWithoutAnswer e) {
        return new Notice("Enquiry " + e.reference() + " withdrawn: " + e.subject(), List.of(
                e.councillorName() + " has withdrawn this enquiry. No reply is needed and it will not be chased."),
                List.of(new Notice.Fact("Reference", e.reference()), new Notice.Fact("Subject", e.subject()),
                        new Notice.Fact("Withdrawn", when(e.at()))));
    }

    /** ENQ-11: the council profile's decider (or who records their decision) is asked to decide a disputed decline. */
    static Notice disputed(EnquiryDeclineDisputed e) {
        return new Notice("Disputed decline of enquiry " + e.reference() + ": " + e.subject(), List.of(
                e.councillorName() + " disputes the decline of their request for information. Under the council's "
                        + "protocol a disputed decline is decided by " + decider(e.decider()) + ".",
                "Please record in Liaison whether the decline is upheld or overturned, and why; the councillor is told "
                        + "at once."),
                List.of(new Notice.Fact("Reference", e.reference()), new Notice.Fact("Subject", e.subject()),
                        new Notice.Fact("Declined by", e.declinedByName()),
                        new Notice.Fact("Reason", EnquiryEmails.DeclinedView.reasonInWords(e.declineReason())),
                        new Notice.Fact("Explanation given", e.declineExplanation()),
                        new Notice.Fact("Councillor's grounds", e.grounds())));
    }

    /** ENQ-11: the councillor learns the decider's decision. */
    static Notice decisionToCouncillor(EnquiryDisputeDecided e) {
        List<String> paragraphs = new ArrayList<>();
        List<Notice.Fact> facts = new ArrayList<>(List.of(new Notice.Fact("Reference", e.reference()), new Notice.Fact("Subject", e.subject()),
                new Notice.Fact("Decided by", e.decidedByName()), new Notice.Fact("Explanation", e.explanation())));
        if (e.outcome() == EnquiryDisputeDecided.Outcome.UPHELD) {
            paragraphs.add(deciderStartingASentence(e.decider())
                    + " has considered your dispute and upheld the decline of your request.");
        } else {
            paragraphs.add(deciderStartingASentence(e.decider())
                    + " has considered your dispute and overturned the decline: your request will be "
                    + "answered by " + e.officerName() + ".");
            facts.add(new Notice.Fact("Reply due by", when(e.dueAt())));
        }
        return new Notice("Your dispute of enquiry " + e.reference() + ": decline "
                + (e.outcome() == EnquiryDisputeDecided.Outcome.UPHELD ? "upheld" : "overturned"), paragraphs, facts);
    }

    /** ENQ-11: an overturned decline goes back to its officer, to answer by the new due date. */
    static Notice overturnedToOfficer(EnquiryDisputeDecided e) {
        return new Notice("Decline overturned: please answer enquiry " + e.reference(), List.of(
                deciderStartingASentence(e.decider()) + " has overturned the decline of this request for information. "
                        + "Please reply, or send a "
                        + "holding reply that explains the delay, before it is due; it is chased as usual."),
                List.of(new Notice.Fact("Reference", e.reference()), new Notice.Fact("Subject", e.subject()),
                        new Notice.Fact("Decision", e.explanation()), new Notice.Fact("Due", when(e.dueAt()))));
    }
}
