package org.liaison.notify.matter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.ZonedDateTime;

/** Type-safe Qute templates (HTML and text) for ward matter emails; Qute escapes every value in HTML. */
@CheckedTemplate(basePath = "MatterEmails")
public class MatterEmails {

    /**
     * What the templates show, with times already in London local time: {@code lead} says what happened (arranged,
     * changed, cancelled), {@code calendarNote} what the attached calendar file does.
     */
    public record MeetingView(Matter matter, String councillorName, ZonedDateTime startsAt, ZonedDateTime endsAt,
            String wards, String lead, String calendarNote) {
    }

    public static native TemplateInstance publicMeetingInvitationHtml(MeetingView view);

    public static native TemplateInstance publicMeetingInvitationText(MeetingView view);
}
