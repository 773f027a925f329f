package org.liaison.notify.matter;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.notify.delivery.CalendarInvitation;
import org.liaison.notify.delivery.MailComposer;
import org.liaison.notify.delivery.MailHeaders;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.matter.MatterEmails.Occasion;

/**
 * The emails about ward matters (NTF-1 to NTF-9) and the daily digest (HUB-5), from the matter as it is now. This
 * class decides which email it is and what is attached; the words are in the {@link MatterEmails} templates.
 */
@ApplicationScoped
public class MatterMailComposer implements MailComposer {

    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final String fromAddress;
    private final ZoneId zone;

    MatterMailComposer(ObjectMapper objectMapper, Clock clock, @ConfigProperty(name = "quarkus.mailer.from") String from,
            CouncilSettings council) {
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.zone = council.zone();
        this.fromAddress = addressOf(from);
    }

    /** The address of {@code quarkus.mailer.from} ("Liaison <liaison@council.example>"): the invitations' organizer. */
    static String addressOf(String from) {
        return from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from.strip();
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

    /** Which email about {@code matter} a notification template is. */
    static Occasion occasion(String template, Matter matter) {
        return switch (template) {
            case Notification.MATTER_UPDATE, Notification.PUBLIC_MEETING_UPDATE -> Occasion.UPDATE;
            case Notification.MATTER_REPORT -> Occasion.REPORT;
            case Notification.MATTER_CANCELLATION, Notification.PUBLIC_MEETING_CANCELLATION ->
                    matter.status == Matter.Status.CANCELLED ? Occasion.CANCELLED : Occasion.WARD_DROPPED;
            default -> Occasion.FIRST;
        };
    }

    /** NTF-2 to NTF-9; a ceremonial event with times carries an invitation (NTF-8: "where possible, invited"). */
    private Mail matterNotice(Notification notification) {
        Matter matter = matterOf(notification);
        Occasion occasion = occasion(notification.template, matter);
        boolean invitation = matter.carriesInvitation() && occasion != Occasion.REPORT;
        MatterEmails.NoticeView view = new MatterEmails.NoticeView(notification.recipientName, occasion,
                MatterView.of(matter, zone), invitation);
        Mail mail = Mail.withHtml(notification.recipientEmail, MailHeaders.subject(MatterEmails.noticeSubject(view).render()),
                        MatterEmails.noticeHtml(view).render())
                .setText(MatterEmails.noticeText(view).render());
        if (invitation) {
            attachInvitation(mail, matter, notification, occasion == Occasion.CANCELLED || occasion == Occasion.WARD_DROPPED);
        }
        return mail;
    }

    /** HUB-5: one email with every informational matter waiting for this councillor; one cancelled meanwhile is left out. */
    private Mail dailyDigest(Notification notification) {
        DailyDigest.Content content = notification.contextAs(DailyDigest.Content.class, objectMapper);
        List<MatterEmails.DigestItem> items = new ArrayList<>();
        for (DailyDigest.Item item : content.items()) {
            Matter matter = Matter.findById(item.matterId());
            if (matter != null && matter.status == Matter.Status.ACTIVE) {
                items.add(new MatterEmails.DigestItem(occasion(item.template(), matter), MatterView.of(matter, zone)));
            }
        }
        MatterEmails.DigestView view = new MatterEmails.DigestView(notification.recipientName, content.day(), items);
        return Mail.withHtml(notification.recipientEmail, MailHeaders.subject(MatterEmails.digestSubject(view).render()),
                        MatterEmails.digestHtml(view).render())
                .setText(MatterEmails.digestText(view).render());
    }

    /** NTF-1: the invitation, an update that replaces it, or a cancellation, each with its iCalendar part. */
    private Mail publicMeeting(Notification notification) {
        Matter matter = matterOf(notification);
        Occasion occasion = occasion(notification.template, matter);
        MatterEmails.NoticeView view = new MatterEmails.NoticeView(notification.recipientName, occasion,
                MatterView.of(matter, zone), true);
        Mail mail = Mail.withHtml(notification.recipientEmail,
                        MailHeaders.subject(MatterEmails.publicMeetingSubject(view).render()),
                        MatterEmails.publicMeetingHtml(view).render())
                .setText(MatterEmails.publicMeetingText(view).render());
        return attachInvitation(mail, matter, notification,
                Notification.PUBLIC_MEETING_CANCELLATION.equals(notification.template));
    }

    private Mail attachInvitation(Mail mail, Matter matter, Notification notification, boolean cancel) {
        CalendarInvitation.Details details = new CalendarInvitation.Details(matter.calendarUid, matter.calendarSequence,
                matter.title, matter.description, matter.location, matter.startsAt, matter.endsAt, fromAddress,
                notification.recipientName, notification.recipientEmail);
        String ics = cancel ? CalendarInvitation.cancel(details, clock.instant())
                : CalendarInvitation.request(details, clock.instant());
        return mail.addAttachment("invitation.ics", ics.getBytes(StandardCharsets.UTF_8),
                "text/calendar; method=" + (cancel ? "CANCEL" : "REQUEST") + "; charset=UTF-8");
    }

    private static Matter matterOf(Notification notification) {
        Matter matter = Matter.findById(notification.matterId);
        if (matter == null) {
            throw new IllegalStateException("No matter " + notification.matterId + " for notification " + notification.id);
        }
        return matter;
    }
}
