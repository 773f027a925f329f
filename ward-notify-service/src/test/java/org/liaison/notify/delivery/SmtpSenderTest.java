package org.liaison.notify.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.ext.mail.SMTPException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** HUB-2: what the relay's answer means for an email. */
class SmtpSenderTest {

    @Tag("HUB-2")
    @Test
    void HUB_2_a_5xx_reply_is_a_permanent_refusal() {
        SMTPException unknownUser = new SMTPException("got error response", 550,
                List.of("550 5.1.1 <gone@members.council.example>: Recipient address rejected"), true);
        SmtpSender.Outcome outcome = SmtpSender.classify(new CompletionException(unknownUser));
        SmtpSender.Outcome.Refused refused = assertInstanceOf(SmtpSender.Outcome.Refused.class, outcome);
        assertTrue(refused.reason().contains("550"), refused.reason());
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_a_4xx_reply_a_refused_connection_or_silence_is_tried_again() {
        SMTPException busy = new SMTPException("got error response", 421,
                List.of("421 Service shutting down and closing transmission channel"), false);
        assertInstanceOf(SmtpSender.Outcome.Deferred.class, SmtpSender.classify(busy));
        SMTPException greylisted = new SMTPException("got error response", 451,
                List.of("451 4.7.1 Greylisted, please try again later"), true);
        assertInstanceOf(SmtpSender.Outcome.Deferred.class, SmtpSender.classify(greylisted));
        SmtpSender.Outcome refusedConnection = SmtpSender.classify(new ConnectException("Connection refused"));
        assertEquals(new SmtpSender.Outcome.Deferred("ConnectException: Connection refused"), refusedConnection);
        assertInstanceOf(SmtpSender.Outcome.Deferred.class,
                SmtpSender.classify(new io.smallrye.mutiny.TimeoutException()));
    }
}
