package org.liaison.notify.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** A {@link Notice} composed when it was queued (reassignment, withdrawal, undelivered-mail alert). */
@ApplicationScoped
class NoticeComposer implements MailComposer {

    private final ObjectMapper objectMapper;

    NoticeComposer(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Set<String> templates() {
        return Set.of(Notification.NOTICE);
    }

    @Override
    public Mail compose(Notification notification) {
        return Notices.mail(notification.recipientEmail, notification.recipientName,
                notification.contextAs(Notice.class, objectMapper));
    }
}
