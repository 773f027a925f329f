package org.liaison.notify.enquiry;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.ZonedDateTime;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;

/** Type-safe Qute templates (HTML and text) for enquiry emails; Qute escapes every value in HTML. */
@CheckedTemplate(basePath = "EnquiryEmails")
public class EnquiryEmails {

    public record AcknowledgementView(EnquiryReceived enquiry, ZonedDateTime dueAt) {
    }

    public record HoldingReplyView(HoldingReplySent enquiry, ZonedDateTime previousDueAt, ZonedDateTime newDueAt) {
    }

    /**
     * {@code copiedTo} names everyone else who received the reply: nobody is copied blind (ENQ-10). {@code body}: the
     * reply opened from its seal, or null when the hub no longer holds it (an email sent again after it was first sent).
     */
    public record ReplyView(EnquiryAnswered enquiry, String body, String recipientName, String copiedTo) {
    }

    public static native TemplateInstance replyHtml(ReplyView view);

    public static native TemplateInstance replyText(ReplyView view);

    /** A chase-ladder email (ENQ-8): what happened and what to do, for the person it is addressed to. */
    public record ChaseView(EnquiryChased enquiry, String recipientName, String message, ZonedDateTime dueAt) {

        /** Subject and message for each step, in words for the person receiving it. */
        public static String[] wording(EnquiryChased enquiry, String role, String due) {
            String ref = enquiry.reference();
            return switch (enquiry.step()) {
                case DUE_SOON -> new String[] {"Reminder: enquiry " + ref + " is due " + due,
                        "The reply to this councillor's enquiry is due " + due + ". Please reply, or send a holding "
                                + "reply that explains the delay, before then."};
                case OVERDUE_COUNCILLOR -> new String[] {"Your enquiry " + ref + " is overdue",
                        "The reply to your enquiry was due " + due + " and has not yet been sent. We are sorry; "
                                + enquiry.assignedOfficerName() + " and their manager have been told."};
                case OVERDUE_OFFICER -> new String[] {"Overdue: enquiry " + ref,
                        ("line manager".equals(role) ? enquiry.assignedOfficerName() + "'s reply" : "Your reply")
                                + " to this councillor's enquiry was due " + due + ". Please reply now; the councillor has "
                                + "been told it is overdue."};
                case ESCALATED_HEAD_OF_SERVICE, ESCALATED_DIRECTOR -> new String[] {"Escalation: enquiry " + ref + " is overdue",
                        "This enquiry, assigned to " + enquiry.assignedOfficerName() + ", was due " + due
                                + " and is still unanswered. It is escalated to you as " + role + " under the protocol."};
            };
        }
    }

    /** ENQ-11: the reason in the protocol's words, and how to dispute it. */
    public record DeclinedView(EnquiryClosedWithoutAnswer enquiry, String reason) {

        /** Who decides if the councillor disputes the decline (the council profile's decider). */
        public String decider() {
            return EnquiryNotices.decider(enquiry.disputeDecider());
        }

        public static String reasonInWords(String reason) {
            return switch (reason == null ? "" : reason) {
                case "LEGAL" -> "the information is confidential or protected by data protection law";
                case "PRIVATE_PURPOSE" -> "the information is wanted for a private purpose rather than your role as a councillor";
                case "UNREASONABLE_RESOURCES" -> "providing it would take an unreasonable amount of the council's resources";
                default -> "a reason allowed by the protocol";
            };
        }
    }

    public static native TemplateInstance declinedHtml(DeclinedView view);

    public static native TemplateInstance declinedText(DeclinedView view);

    public static native TemplateInstance chaseHtml(ChaseView view);

    public static native TemplateInstance chaseText(ChaseView view);

    public static native TemplateInstance acknowledgementHtml(AcknowledgementView view);

    public static native TemplateInstance holdingReplyHtml(HoldingReplyView view);

    public static native TemplateInstance holdingReplyText(HoldingReplyView view);

    public static native TemplateInstance acknowledgementText(AcknowledgementView view);
}
