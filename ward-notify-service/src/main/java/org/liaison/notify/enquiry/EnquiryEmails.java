package org.liaison.notify.enquiry;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.ZonedDateTime;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;

/** Type-safe Qute templates (HTML and text) for enquiry emails; Qute escapes every value in HTML. */
@CheckedTemplate(basePath = "EnquiryEmails")
public class EnquiryEmails {

    public record AcknowledgementView(EnquiryReceived enquiry, ZonedDateTime dueAt) {
    }

    public record HoldingReplyView(HoldingReplySent enquiry, ZonedDateTime previousDueAt, ZonedDateTime newDueAt) {
    }

    /** {@code copiedTo} names everyone else who received the reply: nobody is copied blind (ENQ-10). */
    public record ReplyView(EnquiryAnswered enquiry, String recipientName, String copiedTo) {
    }

    public static native TemplateInstance replyHtml(ReplyView view);

    public static native TemplateInstance replyText(ReplyView view);

    public static native TemplateInstance acknowledgementHtml(AcknowledgementView view);

    public static native TemplateInstance holdingReplyHtml(HoldingReplyView view);

    public static native TemplateInstance holdingReplyText(HoldingReplyView view);

    public static native TemplateInstance acknowledgementText(AcknowledgementView view);
}
