package org.liaison.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.CaseworkSealTestResource;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.Topic;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.notify.delivery.BounceReader;
import org.liaison.notify.delivery.MailDispatcher;
import org.liaison.notify.delivery.Notification;

/**
 * Casework does not linger in the hub (issue 11): a reply arrives sealed, is opened only to be sent, and once sent
 * the queue keeps no copy; a dead letter of enquiry.events carries no body. Real broker, database and mail server.
 */
@QuarkusTest
class CaseworkInTheHubTest {

    private static final String REPLY = "Mrs Okafor's housing benefit was reassessed; £412 of arrears will be paid on Friday.";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    ObjectMapper json;

    @Inject
    MailDispatcher dispatcher;

    private record Sent(String enquiryId, String email, MimeMessage mail) {
    }

    private Sent reply() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "casework." + tag + "@members.council.example";
        String enquiryId = UUID.randomUUID().toString();
        EnquiryAnswered answered = new EnquiryAnswered(enquiryId, "ENQ-2026-0" + tag.substring(0, 5), "cllr-" + tag,
                "Cllr Ada Price", email, "Housing benefit", "Kim Key", CaseworkSealTestResource.sealer().seal(REPLY, enquiryId),
                List.of(), Instant.parse("2026-11-25T12:00:00Z"), true, null);
        new TopicReader(bootstrapServers).publish("enquiry.events", enquiryId, UUID.randomUUID().toString(),
                EnquiryAnswered.TYPE, json.writeValueAsString(answered));
        return new Sent(enquiryId, email, smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60)));
    }

    @Test
    void a_reply_is_opened_from_its_seal_only_to_be_sent_and_the_queue_keeps_no_copy_once_it_is_sent() throws Exception {
        Sent sent = reply();
        assertTrue(SmtpServer.textOf(sent.mail(), "text/plain").contains(REPLY));
        Notification row = Notifications.awaitFinal("to " + sent.email(), () -> Notifications.toAddress(sent.email())).get(0);
        assertEquals(Notification.Status.SENT, row.status);
        assertFalse(row.context.contains("sealedBody"), row.context);
        assertFalse(row.context.contains("Okafor"), row.context);
        assertTrue(row.context.contains(sent.enquiryId()), "the rest of the context stays for the record: " + row.context);
    }

    @Test
    void a_reply_sent_again_after_a_bounce_points_the_councillor_to_liaison_instead_of_carrying_the_reply() throws Exception {
        Sent sent = reply();
        Notification row = Notifications.awaitFinal("to " + sent.email(), () -> Notifications.toAddress(sent.email())).get(0);
        assertTrue(dispatcher.recordBounce(new BounceReader.Bounce(row.id, sent.email(), "5.1.1", "mailbox unknown")));
        dispatcher.resend(row.id);

        MimeMessage again = smtp.awaitMessage(m -> SmtpServer.sentTo(m, sent.email()) && m != sent.mail()
                && textOf(m).contains("no longer held"), Duration.ofSeconds(60));
        String text = textOf(again);
        assertFalse(text.contains("Okafor"), text);
        assertTrue(text.contains("Sign in to Liaison and open enquiry"), text);
    }

    @Test
    void a_dead_letter_of_enquiry_events_keeps_no_body_sealed_or_plain() {
        String key = "poison-" + UUID.randomUUID();
        TopicReader kafka = new TopicReader(bootstrapServers);
        // not a Liaison CloudEvent (no ce_id header): the consumer cannot read it, so it is dead-lettered
        kafka.publishRaw(Topic.ENQUIRY_EVENTS.topicName(), key, "{\"enquiryId\":\"" + key + "\",\"reference\":\"ENQ-2026-999999\","
                + "\"sealedBody\":\"eyJhbGciOiJSU0EtT0FFUC0yNTYifQ.a.b.c.d\",\"body\":\"Mrs Okafor's arrears\"}");
        ConsumerRecord<String, String> dead = kafka.await(Topic.ENQUIRY_EVENTS.deadLetterTopicName(),
                r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertFalse(dead.value().contains("Okafor"), dead.value());
        assertFalse(dead.value().contains("sealedBody"), dead.value());
        assertTrue(dead.value().contains("\"reference\":\"ENQ-2026-999999\""), "what an operator needs stays: " + dead.value());
    }

    private static String textOf(MimeMessage mail) {
        try {
            return SmtpServer.textOf(mail, "text/plain");
        } catch (Exception e) {
            return "";
        }
    }
}
