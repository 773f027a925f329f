package org.liaison.notify.enquiry;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.Set;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.infrastructure.casework.SealingKeys;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.notify.delivery.MailComposer;
import org.liaison.notify.delivery.MailHeaders;
import org.liaison.notify.delivery.Notification;

/** The enquiry emails (ENQ-6 onwards), from the enquiry event each notification keeps as its context. */
@ApplicationScoped
public class EnquiryMailComposer implements MailComposer {

    private final ObjectMapper objectMapper;
    private final SealingKeys keys;
    private final ZoneId zone;

    EnquiryMailComposer(ObjectMapper objectMapper, SealingKeys keys, CouncilSettings council) {
        this.objectMapper = objectMapper;
        this.keys = keys;
        this.zone = council.zone();
    }

    /** The hub cannot send a reply without its private key: a missing or bad key stops it at start. */
    void onStart(@jakarta.enterprise.event.Observes io.quarkus.runtime.StartupEvent start) {
        keys.opener();
    }

    @Override
    public Set<String> templates() {
        return Set.of(Notification.ENQUIRY_ACKNOWLEDGEMENT, Notification.ENQUIRY_HOLDING_REPLY, Notification.ENQUIRY_REPLY,
                Notification.ENQUIRY_REPLY_COPY, Notification.ENQUIRY_CHASE, Notification.ENQUIRY_DECLINED);
    }

    @Override
    public Mail compose(Notification notification) {
        return switch (notification.template) {
            case Notification.ENQUIRY_ACKNOWLEDGEMENT -> enquiryAcknowledgement(notification);
            case Notification.ENQUIRY_HOLDING_REPLY -> enquiryHoldingReply(notification);
            case Notification.ENQUIRY_REPLY, Notification.ENQUIRY_REPLY_COPY -> enquiryReply(notification);
            case Notification.ENQUIRY_CHASE -> enquiryChase(notification);
            case Notification.ENQUIRY_DECLINED -> enquiryDeclined(notification);
            default -> throw new IllegalArgumentException("Not an enquiry template: " + notification.template);
        };
    }

    private <T> T context(Notification notification, Class<T> type) {
        return notification.contextAs(type, objectMapper);
    }

    private Mail enquiryDeclined(Notification notification) {
        EnquiryClosedWithoutAnswer enquiry = context(notification, EnquiryClosedWithoutAnswer.class);
        EnquiryEmails.DeclinedView view = new EnquiryEmails.DeclinedView(enquiry,
                EnquiryEmails.DeclinedView.reasonInWords(enquiry.declineReason()));
        return Mail.withHtml(notification.recipientEmail,
                        MailHeaders.subject("Enquiry " + enquiry.reference() + " declined: " + enquiry.subject()),
                        EnquiryEmails.declinedHtml(view).render())
                .setText(EnquiryEmails.declinedText(view).render());
    }
    private Mail enquiryChase(Notification notification) {
        EnquiryChased enquiry = context(notification, EnquiryChased.class);
        String role = enquiry.recipients().stream().filter(r -> r.id().equals(notification.recipientId))
                .map(EnquiryChased.Recipient::role).findFirst().orElse("");
        java.time.ZonedDateTime due = enquiry.dueAt().atZone(zone);
        String[] wording = EnquiryEmails.ChaseView.wording(enquiry, role,
                due.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", java.util.Locale.UK)));
        EnquiryEmails.ChaseView view = new EnquiryEmails.ChaseView(enquiry, notification.recipientName, wording[1], due);
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(wording[0] + ": " + enquiry.subject()),
                        EnquiryEmails.chaseHtml(view).render())
                .setText(EnquiryEmails.chaseText(view).render());
    }
    /**
     * The same reply to the councillor and to each member copied, each told who else received it (ENQ-10). The reply is
     * opened from its seal only here, to be sent; once sent, the queue keeps no copy ({@link
     * org.liaison.notify.delivery.MailDispatcher}), so an email sent again later points to Liaison instead.
     */
    private Mail enquiryReply(Notification notification) {
        EnquiryAnswered enquiry = context(notification, EnquiryAnswered.class);
        String body = enquiry.sealedBody() == null ? null : keys.opener().open(enquiry.sealedBody(), enquiry.enquiryId());
        java.util.List<String> others = new java.util.ArrayList<>();
        if (!enquiry.councillorId().equals(notification.recipientId)) {
            others.add(enquiry.councillorName() + " (who raised it)");
        }
        enquiry.copiedTo().stream().filter(m -> !m.id().equals(notification.recipientId)).forEach(m -> others.add(m.name()));
        EnquiryEmails.ReplyView view = new EnquiryEmails.ReplyView(enquiry, body, notification.recipientName,
                others.isEmpty() ? null : String.join(", ", others));
        String prefix = Notification.ENQUIRY_REPLY_COPY.equals(notification.template) ? "Copy: reply to enquiry " : "Reply to enquiry ";
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(prefix + enquiry.reference() + ": " + enquiry.subject()),
                        EnquiryEmails.replyHtml(view).render())
                .setText(EnquiryEmails.replyText(view).render());
    }
    private Mail enquiryHoldingReply(Notification notification) {
        HoldingReplySent enquiry = context(notification, HoldingReplySent.class);
        EnquiryEmails.HoldingReplyView view = new EnquiryEmails.HoldingReplyView(enquiry,
                enquiry.previousDueAt().atZone(zone), enquiry.newDueAt().atZone(zone));
        return Mail.withHtml(notification.recipientEmail,
                        MailHeaders.subject("Holding reply to enquiry " + enquiry.reference() + ": " + enquiry.subject()),
                        EnquiryEmails.holdingReplyHtml(view).render())
                .setText(EnquiryEmails.holdingReplyText(view).render());
    }
    private Mail enquiryAcknowledgement(Notification notification) {
        EnquiryReceived enquiry = context(notification, EnquiryReceived.class);
        EnquiryEmails.AcknowledgementView view = new EnquiryEmails.AcknowledgementView(enquiry,
                enquiry.dueAt().atZone(zone));
        return Mail.withHtml(notification.recipientEmail,
                        MailHeaders.subject("Enquiry " + enquiry.reference() + " received: " + enquiry.subject()),
                        EnquiryEmails.acknowledgementHtml(view).render())
                .setText(EnquiryEmails.acknowledgementText(view).render());
    }
}
