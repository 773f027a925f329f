package org.liaison.notify.delivery;

import io.quarkus.mailer.Mail;
import java.util.Set;

/**
 * Writes the emails of one area (enquiries, matters, notices): subject, HTML and text parts (Qute), attachments.
 * The {@link MailDispatcher} adds what every email carries and sends it; composers are found by template name.
 */
public interface MailComposer {

    /** The {@link Notification#template} names this composer writes. */
    Set<String> templates();

    /** The email for {@code notification}, addressed to its recipient; runs inside the claiming transaction. */
    Mail compose(Notification notification);
}
