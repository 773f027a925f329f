package org.liaison.notify.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.infrastructure.time.ClockProducer;
import org.liaison.notify.delivery.CalendarInvitation;
import org.liaison.notify.delivery.MailComposer;
import org.liaison.notify.delivery.MailHeaders;
import org.liaison.notify.delivery.Notices;
import org.liaison.notify.delivery.Notification;

/** The emails about ward matters (NTF-1 to NTF-9) and the daily digest (HUB-5), from the matter as it is now. */
@ApplicationScoped
public class MatterMailComposer implements MailComposer {

    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final String fromAddress;

    MatterMailComposer(ObjectMapper objectMapper, Clock clock, @ConfigProperty(name = "quarkus.mailer.from") String from) {
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.fromAddress = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from.strip();
    }

    @Override
    public Set<String> templates() {
        return Set.of(Notification.PUBLIC_MEETING_INVITATION, Notification.PUBLIC_MEETING_UPDATE,
                Notification.PUBLIC_MEETING_CANCELLATION, Notification.MATTER_NOTICE, Notification.MATTER_UPDATE,
                Notification.MATTER_CANCELLATION, Notification.MATTER_REPORT, Notification.DAILY_DIGEST);
    }

    @Override
    public Mail compose(Notification notification) {
        return switch (notification.template) {
            case Notification.PUBLIC_MEETING_INVITATION, Notification.PUBLIC_MEETING_UPDATE,
                    Notification.PUBLIC_MEETING_CANCELLATION -> publicMeeting(notification);
            case Notification.DAILY_DIGEST -> dailyDigest(notification);
            default -> matterNotice(notification);
        };
    }

    private Mail render(Notification notification, org.liaison.notify.delivery.Notice notice) {
        return Notices.mail(notification.recipientEmail, notification.recipientName, notice);
    }

    /** NTF-2 to NTF-9; a ceremonial event with times carries an invitation (NTF-8: "where possible, invited"). */
    private Mail matterNotice(Notification notification) {
        Matter matter = Matter.findById(notification.matterId);
        if (matter == null) {
            throw new IllegalStateException("No matter " + notification.matterId + " for notification " + notification.id);
        }
        Mail mail = render(notification, MatterNotices.compose(matter, notification.template));
        if (matter.kind == MatterKind.CEREMONIAL_EVENT && matter.startsAt != null
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
        return render(notification, DailyDigest.compose(
                notification.contextAs(DailyDigest.Content.class, objectMapper)));
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
