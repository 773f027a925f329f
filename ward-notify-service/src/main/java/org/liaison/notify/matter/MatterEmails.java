package org.liaison.notify.matter;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.List;

/**
 * Type-safe Qute templates for ward matter emails: a subject, an HTML and a text part each. All the wording is in the
 * templates ({@code templates/MatterEmails/} and the {@code matterHeadline*} and {@code matterOpening*} tags, which say
 * what each kind of matter is and why the councillor is told); Qute escapes every value in the HTML parts.
 */
@CheckedTemplate(basePath = "MatterEmails")
public class MatterEmails {

    /** Which email about a matter this is. */
    public enum Occasion {
        /** The first email: what it is and why the councillor is told now. */
        FIRST,
        /** The matter changed; the details replace those sent before. */
        UPDATE,
        /** NTF-5: an agenda item's report has been published. */
        REPORT,
        /** The matter is cancelled. */
        CANCELLED,
        /** The matter no longer concerns the recipient's ward. */
        WARD_DROPPED
    }

    /** An email about one matter to one councillor; {@code invitation}: an iCalendar part is attached. */
    public record NoticeView(String recipientName, Occasion occasion, MatterView matter, boolean invitation) {
    }

    /** HUB-5: one councillor's daily digest; each item as its own email would have begun. */
    public record DigestView(String recipientName, LocalDate day, List<DigestItem> items) {
    }

    public record DigestItem(Occasion occasion, MatterView matter) {
    }

    public static native TemplateInstance noticeSubject(NoticeView view);

    public static native TemplateInstance noticeHtml(NoticeView view);

    public static native TemplateInstance noticeText(NoticeView view);

    /** NTF-1: the invitation ({@link Occasion#FIRST}), an update, or a cancellation of a public meeting. */
    public static native TemplateInstance publicMeetingSubject(NoticeView view);

    public static native TemplateInstance publicMeetingHtml(NoticeView view);

    public static native TemplateInstance publicMeetingText(NoticeView view);

    public static native TemplateInstance digestSubject(DigestView view);

    public static native TemplateInstance digestHtml(DigestView view);

    public static native TemplateInstance digestText(DigestView view);
}
