package org.liaison.notify.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.liaison.infrastructure.time.ClockProducer;
import org.liaison.infrastructure.work.BatchDrainer;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.notify.enquiry.EnquiryEmails;
import org.liaison.notify.matter.Matter;

/**
 * Sends queued email through SMTP and records the outcome (HUB-2): SENT with the Message-ID, or RETRYING
 * with exponential backoff, or FAILED after the configured attempts. State lives in PostgreSQL, so a
 * restart or an SMTP outage delays mail and loses none. Rows are claimed with SKIP LOCKED, so several
 * instances never send the same email.
 */
@ApplicationScoped
public class NotificationDelivery {

    private static final Logger LOG = Logger.getLogger(NotificationDelivery.class);
    /** Source-event prefix of the alerts about undelivered email (HUB-2). */
    static final String UNDELIVERED = "undelivered:";

    private final EntityManager entityManager;
    private final Mailer mailer;
    private final Clock clock;
    private final DeliverySettings settings;
    private final String fromAddress;
    private final ObjectMapper objectMapper;
    private final QuietHours quietHours;
    private final NotificationQueue queue;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final BatchDrainer drainer = new BatchDrainer("mail-delivery",
            () -> QuarkusTransaction.requiringNew().call(this::deliverBatch));

    NotificationDelivery(EntityManager entityManager, Mailer mailer, Clock clock, DeliverySettings settings,
            @ConfigProperty(name = "quarkus.mailer.from") String from, ObjectMapper objectMapper, QuietHours quietHours,
            NotificationQueue queue, io.micrometer.core.instrument.MeterRegistry meters) {
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.queue = queue;
        this.quietHours = quietHours;
        this.entityManager = entityManager;
        this.mailer = mailer;
        this.clock = clock;
        this.settings = settings;
        this.fromAddress = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from.strip();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueue.MailQueued queued) {
        drainer.drainSoon();
    }

    @Scheduled(every = "${liaison.delivery.poll-every:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /** Sends everything due now, on the calling thread (unless delivery is already running here). */
    public void deliverDue() {
        drainer.drainNow();
    }

    @PreDestroy
    void stop() {
        drainer.shutdown();
    }

    /** One batch of due emails in one transaction; true if another batch may be waiting. */
    private boolean deliverBatch() {
        @SuppressWarnings("unchecked")
        List<Notification> due = entityManager.createNativeQuery("""
                select * from notification
                where status in ('PENDING', 'RETRYING') and next_attempt_at <= ?1
                order by next_attempt_at
                limit ?2
                for update skip locked""", Notification.class)
                .setParameter(1, clock.instant())
                .setParameter(2, settings.batchSize())
                .getResultList();
        boolean anySent = false;
        Instant now = clock.instant();
        for (Notification notification : due) {
            java.util.Optional<QuietHours.Hold> hold = quietHours.holdFor(notification.recipientId, now);
            if (hold.isPresent()) { // HUB-3: the officer's hours changed, or a retry fell outside them
                notification.nextAttemptAt = hold.get().until();
                notification.heldReason = hold.get().reason();
                continue;
            }
            notification.heldReason = null;
            anySent |= send(notification);
        }
        return anySent;
    }

    private boolean send(Notification notification) {
        notification.attempts++;
        String messageId = "<" + notification.id + "@liaison>";
        try {
            mailer.send(compose(notification, messageId));
            notification.status = Notification.Status.SENT;
            count(notification, "sent");
            notification.messageId = messageId;
            notification.sentAt = clock.instant();
            notification.lastError = null;
            return true;
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getCause() != null ? e.getCause() : e);
            notification.lastError = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
            if (notification.attempts >= settings.maxAttempts()) {
                notification.status = Notification.Status.FAILED;
                count(notification, "failed");
                LOG.errorf("Email %s to %s FAILED after %d attempts: %s", notification.id, notification.recipientEmail,
                        notification.attempts, notification.lastError);
                alertMembersServices(notification);
            } else {
                notification.status = Notification.Status.RETRYING;
                count(notification, "retrying");
                notification.nextAttemptAt = clock.instant().plus(backoff(notification.attempts));
                LOG.warnf("Email %s to %s not accepted (attempt %d), retrying at %s: %s", notification.id,
                        notification.recipientEmail, notification.attempts, notification.nextAttemptAt, notification.lastError);
            }
            return false;
        }
    }

    /** {@code liaison_emails_total{template, outcome}}: every attempt's outcome, for dashboards and alerts. */
    private void count(Notification notification, String outcome) {
        meters.counter("liaison.emails", "template", notification.template, "outcome", outcome).increment();
    }

    /** HUB-2: members' services hear of every email that could not be delivered, so that they can act. */
    private void alertMembersServices(Notification failed) {
        if (failed.sourceEvent.startsWith(UNDELIVERED)) {
            return; // the alert itself failed: logged above, never an alert about an alert
        }
        Notice alert = new Notice("Undelivered email to " + failed.recipientName, List.of(
                "Liaison could not deliver an email to " + failed.recipientName + " after " + failed.attempts
                        + " attempts and has stopped trying.",
                "Please check their address in the directory and reach them another way: the email may be a notice the "
                        + "protocol says they must receive. GET /notifications?status=FAILED lists every undelivered email."),
                List.of(new Notice.Fact("Recipient", failed.recipientName + " <" + failed.recipientEmail + ">"),
                        new Notice.Fact("Email", failed.template),
                        new Notice.Fact("Because of", failed.sourceEvent),
                        new Notice.Fact("Queued", Notice.when(failed.createdAt)),
                        new Notice.Fact("Last attempt", Notice.when(clock.instant())),
                        new Notice.Fact("Last error", String.valueOf(failed.lastError))));
        try {
            queue.enqueue(UNDELIVERED + failed.id, null, "members-services", settings.failureAlertTo(), "Members' Services",
                    Notification.NOTICE, objectMapper.writeValueAsString(alert));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Duration backoff(int attemptsSoFar) {
        return new RetryBackoff(settings.firstRetryAfter(), settings.longestWait()).after(attemptsSoFar);
    }

    private Mail compose(Notification notification, String messageId) {
        Mail mail = switch (notification.template) {
            case Notification.PUBLIC_MEETING_INVITATION, Notification.PUBLIC_MEETING_UPDATE,
                    Notification.PUBLIC_MEETING_CANCELLATION -> publicMeeting(notification);
            case Notification.ENQUIRY_ACKNOWLEDGEMENT -> enquiryAcknowledgement(notification);
            case Notification.ENQUIRY_HOLDING_REPLY -> enquiryHoldingReply(notification);
            case Notification.ENQUIRY_REPLY, Notification.ENQUIRY_REPLY_COPY -> enquiryReply(notification);
            case Notification.ENQUIRY_CHASE -> enquiryChase(notification);
            case Notification.ENQUIRY_DECLINED -> enquiryDeclined(notification);
            case Notification.NOTICE -> notice(notification);
            case Notification.MATTER_NOTICE, Notification.MATTER_UPDATE, Notification.MATTER_CANCELLATION,
                    Notification.MATTER_REPORT -> matterNotice(notification);
            case Notification.DAILY_DIGEST -> dailyDigest(notification);
            default -> throw new IllegalStateException("No template " + notification.template);
        };
        mail.addHeader("Message-ID", messageId);
        return mail;
    }

    private <T> T context(Notification notification, Class<T> type) {
        try {
            return objectMapper.readValue(notification.context, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable context of notification " + notification.id, e);
        }
    }

    private Mail notice(Notification notification) {
        return render(notification, context(notification, Notice.class));
    }

    /** NTF-2 to NTF-9; a ceremonial event with times carries an invitation (NTF-8: "where possible, invited"). */
    private Mail matterNotice(Notification notification) {
        Matter matter = Matter.findById(notification.matterId);
        if (matter == null) {
            throw new IllegalStateException("No matter " + notification.matterId + " for notification " + notification.id);
        }
        Mail mail = render(notification, org.liaison.notify.matter.MatterNotices.compose(matter, notification.template));
        if (matter.kind == org.liaison.notify.matter.MatterKind.CEREMONIAL_EVENT && matter.startsAt != null
                && matter.endsAt != null && !Notification.MATTER_REPORT.equals(notification.template)) {
            CalendarInvitation.Details details = new CalendarInvitation.Details(matter.calendarUid, matter.calendarSequence,
                    matter.title, matter.description, matter.location, matter.startsAt, matter.endsAt, fromAddress,
                    notification.recipientName, notification.recipientEmail);
            boolean cancel = Notification.MATTER_CANCELLATION.equals(notification.template);
            String ics = cancel ? CalendarInvitation.cancel(details, clock.instant()) : CalendarInvitation.request(details, clock.instant());
            mail.addAttachment("invitation.ics", ics.getBytes(StandardCharsets.UTF_8),
                    "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8");
        }
        return mail;
    }

    /** HUB-5: one email with every informational matter waiting for this councillor. */
    private Mail dailyDigest(Notification notification) {
        return render(notification, org.liaison.notify.matter.DailyDigest.compose(
                context(notification, org.liaison.notify.matter.DailyDigest.Content.class)));
    }

    private Mail render(Notification notification, Notice notice) {
        Notices.View view = new Notices.View(notice, notification.recipientName);
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(notice.subject()), Notices.html(view).render())
                .setText(Notices.text(view).render());
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
        java.time.ZonedDateTime due = enquiry.dueAt().atZone(ClockProducer.LONDON);
        String[] wording = EnquiryEmails.ChaseView.wording(enquiry, role,
                due.format(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", java.util.Locale.UK)));
        EnquiryEmails.ChaseView view = new EnquiryEmails.ChaseView(enquiry, notification.recipientName, wording[1], due);
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(wording[0] + ": " + enquiry.subject()),
                        EnquiryEmails.chaseHtml(view).render())
                .setText(EnquiryEmails.chaseText(view).render());
    }

    /** The same reply to the councillor and to each member copied, each told who else received it (ENQ-10). */
    private Mail enquiryReply(Notification notification) {
        EnquiryAnswered enquiry = context(notification, EnquiryAnswered.class);
        java.util.List<String> others = new java.util.ArrayList<>();
        if (!enquiry.councillorId().equals(notification.recipientId)) {
            others.add(enquiry.councillorName() + " (who raised it)");
        }
        enquiry.copiedTo().stream().filter(m -> !m.id().equals(notification.recipientId)).forEach(m -> others.add(m.name()));
        EnquiryEmails.ReplyView view = new EnquiryEmails.ReplyView(enquiry, notification.recipientName,
                others.isEmpty() ? null : String.join(", ", others));
        String prefix = Notification.ENQUIRY_REPLY_COPY.equals(notification.template) ? "Copy: reply to enquiry " : "Reply to enquiry ";
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(prefix + enquiry.reference() + ": " + enquiry.subject()),
                        EnquiryEmails.replyHtml(view).render())
                .setText(EnquiryEmails.replyText(view).render());
    }

    private Mail enquiryHoldingReply(Notification notification) {
        HoldingReplySent enquiry = context(notification, HoldingReplySent.class);
        EnquiryEmails.HoldingReplyView view = new EnquiryEmails.HoldingReplyView(enquiry,
                enquiry.previousDueAt().atZone(ClockProducer.LONDON), enquiry.newDueAt().atZone(ClockProducer.LONDON));
        return Mail.withHtml(notification.recipientEmail,
                        MailHeaders.subject("Holding reply to enquiry " + enquiry.reference() + ": " + enquiry.subject()),
                        EnquiryEmails.holdingReplyHtml(view).render())
                .setText(EnquiryEmails.holdingReplyText(view).render());
    }

    private Mail enquiryAcknowledgement(Notification notification) {
        EnquiryReceived enquiry = context(notification, EnquiryReceived.class);
        EnquiryEmails.AcknowledgementView view = new EnquiryEmails.AcknowledgementView(enquiry,
                enquiry.dueAt().atZone(ClockProducer.LONDON));
        return Mail.withHtml(notification.recipientEmail,
                        MailHeaders.subject("Enquiry " + enquiry.reference() + " received: " + enquiry.subject()),
                        EnquiryEmails.acknowledgementHtml(view).render())
                .setText(EnquiryEmails.acknowledgementText(view).render());
    }

    /** NTF-1: the invitation, an update that replaces it, or a cancellation, each with its iCalendar part. */
    private Mail publicMeeting(Notification notification) {
        Matter matter = Matter.findById(notification.matterId);
        if (matter == null) {
            throw new IllegalStateException("No matter " + notification.matterId + " for notification " + notification.id);
        }
        String wards = String.join(", ", matter.wardCodes);
        boolean cancellation = Notification.PUBLIC_MEETING_CANCELLATION.equals(notification.template);
        boolean wardDropped = cancellation && matter.status != Matter.Status.CANCELLED;
        String subject;
        String lead;
        String calendarNote;
        if (cancellation) {
            subject = "Cancelled: public meeting " + matter.title;
            lead = wardDropped
                    ? "The public meeting below no longer concerns your ward, so it is withdrawn from your diary."
                    : "The public meeting below, which affected your ward, has been cancelled."
                            + (matter.cancellationReason == null ? "" : " Reason: " + matter.cancellationReason);
            calendarNote = "The attached calendar cancellation removes the meeting from your diary.";
        } else if (Notification.PUBLIC_MEETING_UPDATE.equals(notification.template)) {
            subject = "Changed: public meeting in your ward: " + matter.title;
            lead = "A public meeting affecting your ward (" + wards + ") has changed. The details below replace those sent "
                    + "before.";
            calendarNote = "The attached calendar update replaces the meeting in your diary.";
        } else {
            subject = "Public meeting in your ward: " + matter.title;
            lead = "A public meeting affecting your ward (" + wards + ") has been arranged. Under the Member/Officer protocol "
                    + "you are told of it at the outset, with as much notice as possible.";
            calendarNote = "The attached calendar invitation adds the meeting to your diary.";
        }
        MatterEmails.MeetingView view = new MatterEmails.MeetingView(matter, notification.recipientName,
                matter.startsAt.atZone(ClockProducer.LONDON), matter.endsAt.atZone(ClockProducer.LONDON), wards, lead,
                calendarNote);
        CalendarInvitation.Details details = new CalendarInvitation.Details(matter.calendarUid, matter.calendarSequence,
                matter.title, matter.description, matter.location, matter.startsAt, matter.endsAt, fromAddress,
                notification.recipientName, notification.recipientEmail);
        String ics = cancellation ? CalendarInvitation.cancel(details, clock.instant())
                : CalendarInvitation.request(details, clock.instant());
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(subject),
                        MatterEmails.publicMeetingInvitationHtml(view).render())
                .setText(MatterEmails.publicMeetingInvitationText(view).render())
                .addAttachment("invitation.ics", ics.getBytes(StandardCharsets.UTF_8),
                        "text/calendar; method=" + (cancellation ? "CANCEL" : "REQUEST") + "; charset=UTF-8");
    }
}
