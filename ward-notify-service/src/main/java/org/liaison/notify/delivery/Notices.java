package org.liaison.notify.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The templates of a {@link Notice}, addressed to one person. */
@CheckedTemplate(basePath = "Notices")
public class Notices {

    public record View(Notice notice, String recipientName) {
    }

    public static native TemplateInstance html(View view);

    public static native TemplateInstance text(View view);

    /** The notice as an email to one person: both parts, the subject made safe for its header line (HUB-4). */
    public static Mail mail(String email, String name, Notice notice) {
        View view = new View(notice, name);
        return Mail.withHtml(email, MailHeaders.subject(notice.subject()), html(view).render()).setText(text(view).render());
    }
}
