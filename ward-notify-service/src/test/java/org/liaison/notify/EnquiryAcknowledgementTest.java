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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.enquiry.EnquiryAnswered;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryReceived;
import org.liaison.events.enquiry.HoldingReplySent;
import org.liaison.notify.delivery.Notification;

/** enquiry.events → the hub → SMTP, on a real broker and mail server. */
@QuarkusTest
class EnquiryAcknowledgementTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    ObjectMapper json;

    @Tag("ENQ-6")
    @Test
    void ENQ_6_the_councillor_is_acknowledged_at_once_with_reference_officer_and_due_date_and_only_once() throws Exception {
        String email = "ack." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String enquiryId = UUID.randomUUID().toString();
        EnquiryReceived received = new EnquiryReceived(enquiryId, "ENQ-2026-000123", UUID.randomUUID().toString(),
                "Cllr Ada Price", email, "Fly-tipping <behind> the library", "ENV", "Environmental Services",
                UUID.randomUUID().toString(), "Kim Key", "Routed to the key contact of Environmental Services",
                Instant.parse("2026-12-21T10:00:00Z"), Instant.parse("2026-12-30T17:00:00Z"));
        String eventId = UUID.randomUUID().toString();
        TopicReader kafka = new TopicReader(bootstrapServers);
        kafka.publish("enquiry.events", enquiryId, eventId, EnquiryReceived.TYPE, json.writeValueAsString(received));

        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));
        assertEquals("Enquiry ENQ-2026-000123 received: Fly-tipping <behind> the library", mail.getSubject());
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("Officer:      Kim Key"), text);
        assertTrue(text.contains("Reply due by: Wednesday 30 December 2026, 17:00"), text);
        assertTrue(SmtpServer.textOf(mail, "text/html").contains("Fly-tipping &lt;behind&gt; the library"));

        RecordMetadata redelivery = kafka.publish("enquiry.events", enquiryId, eventId, EnquiryReceived.TYPE,
                json.writeValueAsString(received));
        // handled (its transaction committed) once the group has committed past it: a second email would be queued by now
        kafka.awaitConsumed("ward-notify-service", redelivery, Duration.ofSeconds(30));
        List<Notification> queued = Notifications.awaitFinal("to " + email, () -> Notifications.toAddress(email));
        assertEquals(1, queued.size(), "one email queued for the event, however often it is delivered");
        assertEquals("enquiry-event:" + eventId, queued.get(0).sourceEvent);
        assertEquals(Notification.Status.SENT, queued.get(0).status);
        assertEquals(1, smtp.received().stream().filter(m -> SmtpServer.sentTo(m, email)).count(), "and one received");
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_the_reply_reaches_the_councillor_and_each_member_copied_and_each_is_told_who_else_received_it()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String original = "original." + tag + "@members.council.example";
        String copied = "copied." + tag + "@members.council.example";
        String enquiryId = UUID.randomUUID().toString();
        EnquiryAnswered answered = new EnquiryAnswered(enquiryId, "ENQ-2026-000125", "cllr-original-" + tag, "Cllr Isla Brown",
                original, "Park opening hours", "Kim Key",
                org.liaison.embedded.quarkus.CaseworkSealTestResource.sealer().seal("The park closes at dusk.", enquiryId),
                java.util.List.of(new EnquiryAnswered.Member("cllr-copied-" + tag, "Cllr Jack Hughes", copied)),
                Instant.parse("2026-11-25T12:00:00Z"), true, null);
        new TopicReader(bootstrapServers).publish("enquiry.events", enquiryId, UUID.randomUUID().toString(),
                EnquiryAnswered.TYPE, json.writeValueAsString(answered));

        MimeMessage toOriginal = smtp.awaitMessage(m -> SmtpServer.sentTo(m, original), Duration.ofSeconds(60));
        assertEquals("Reply to enquiry ENQ-2026-000125: Park opening hours", toOriginal.getSubject());
        assertTrue(SmtpServer.textOf(toOriginal, "text/plain").contains("This reply was also sent to: Cllr Jack Hughes."));
        assertTrue(SmtpServer.textOf(toOriginal, "text/plain").contains("The park closes at dusk."), "opened from its seal");
        MimeMessage toCopied = smtp.awaitMessage(m -> SmtpServer.sentTo(m, copied), Duration.ofSeconds(60));
        assertTrue(SmtpServer.textOf(toCopied, "text/plain").contains("This reply was also sent to: Cllr Isla Brown (who raised it)."));
        for (MimeMessage mail : java.util.List.of(toOriginal, toCopied)) {
            assertEquals(null, mail.getHeader("Bcc"), "nobody is copied blind");
            assertEquals(1, mail.getAllRecipients().length);
        }
    }

    @Tag("ENQ-1")
    @Test
    void ENQ_1_a_late_reply_tells_the_councillor_why_it_is_late_in_the_officers_words_and_an_older_event_reads_as_before()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String late = "late." + tag + "@members.council.example";
        String older = "older." + tag + "@members.council.example";
        String lateId = UUID.randomUUID().toString();
        String olderId = UUID.randomUUID().toString();
        EnquiryAnswered lateReply = new EnquiryAnswered(lateId, "ENQ-2027-000301", "cllr-late-" + tag, "Cllr Isla Brown",
                late, "Flooding on Station Road", "Kim Key",
                org.liaison.embedded.quarkus.CaseworkSealTestResource.sealer().seal("The culvert is cleared.", lateId),
                java.util.List.of(), Instant.parse("2027-03-10T12:00:00Z"), false,
                "We waited for the drainage contractor's survey, which came on 9 March.");
        String olderJson = json.writeValueAsString(new EnquiryAnswered(olderId, "ENQ-2027-000302", "cllr-older-" + tag,
                "Cllr Jack Hughes", older, "Bins on Mill Lane", "Kim Key",
                org.liaison.embedded.quarkus.CaseworkSealTestResource.sealer().seal("Collected today.", olderId),
                java.util.List.of(), Instant.parse("2027-03-10T12:00:00Z"), false, null)).replace(",\"lateExplanation\":null", "");
        assertFalse(olderJson.contains("lateExplanation"), olderJson);
        TopicReader topic = new TopicReader(bootstrapServers);
        topic.publish("enquiry.events", lateId, UUID.randomUUID().toString(), EnquiryAnswered.TYPE,
                json.writeValueAsString(lateReply));
        topic.publish("enquiry.events", olderId, UUID.randomUUID().toString(), EnquiryAnswered.TYPE, olderJson);

        String lateText = SmtpServer.textOf(smtp.awaitMessage(m -> SmtpServer.sentTo(m, late), Duration.ofSeconds(60)),
                "text/plain");
        assertTrue(lateText.contains("This reply is later than the enquiry's due date. Why, in Kim Key's words: We waited "
                + "for the drainage contractor's survey, which came on 9 March."), lateText);
        MimeMessage olderMail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, older), Duration.ofSeconds(60));
        String olderText = SmtpServer.textOf(olderMail, "text/plain");
        assertTrue(olderText.contains("Collected today."), olderText);
        assertFalse(olderText.contains("later than"), olderText);
        assertFalse(SmtpServer.textOf(olderMail, "text/html").contains("later than"));
    }

    @Tag("ENQ-8")
    @Test
    void ENQ_8_an_overdue_chase_reaches_the_officer_and_their_line_manager_each_in_their_own_words() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String officer = "officer." + tag + "@council.example";
        String manager = "manager." + tag + "@council.example";
        String enquiryId = UUID.randomUUID().toString();
        EnquiryChased chased = new EnquiryChased(enquiryId, "ENQ-2027-000200", "Potholes on Mill Lane",
                EnquiryChased.Step.OVERDUE_OFFICER, Instant.parse("2027-03-08T17:00:00Z"), "Kim Key", java.util.List.of(
                        new EnquiryChased.Recipient("o-" + tag, "Kim Key", officer, "assigned officer"),
                        new EnquiryChased.Recipient("m-" + tag, "Hal Head", manager, "line manager")));
        new TopicReader(bootstrapServers).publish("enquiry.events", enquiryId, UUID.randomUUID().toString(),
                EnquiryChased.TYPE, json.writeValueAsString(chased));

        MimeMessage toOfficer = smtp.awaitMessage(m -> SmtpServer.sentTo(m, officer), Duration.ofSeconds(60));
        assertEquals("Overdue: enquiry ENQ-2027-000200: Potholes on Mill Lane", toOfficer.getSubject());
        assertTrue(SmtpServer.textOf(toOfficer, "text/plain").contains("Your reply to this councillor's enquiry was due "
                + "Monday 8 March 2027, 17:00"), SmtpServer.textOf(toOfficer, "text/plain"));
        MimeMessage toManager = smtp.awaitMessage(m -> SmtpServer.sentTo(m, manager), Duration.ofSeconds(60));
        assertTrue(SmtpServer.textOf(toManager, "text/plain").contains("Kim Key's reply"));
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_a_declined_request_tells_the_councillor_the_reason_in_the_protocols_words_and_how_to_dispute_it()
            throws Exception {
        String email = "declined." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String enquiryId = UUID.randomUUID().toString();
        EnquiryClosedWithoutAnswer declined = new EnquiryClosedWithoutAnswer(enquiryId, "ENQ-2026-000126", "cllr-" + enquiryId,
                "Cllr Maya Chen", email, "Staff salaries", "Kim Key", "LEGAL", "Personal data of named staff.",
                Instant.parse("2026-11-25T12:00:00Z"), "officer-" + enquiryId, "kim.key@council.example",
                "the Standards Committee");
        new TopicReader(bootstrapServers).publish("enquiry.events", enquiryId, UUID.randomUUID().toString(),
                EnquiryClosedWithoutAnswer.DECLINED, json.writeValueAsString(declined));
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("confidential or protected by data protection law"), text);
        assertTrue(text.contains("referred to the Standards Committee, who will decide"), "the profile's decider: " + text);
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_the_councillor_is_emailed_the_holding_reply_with_its_reason_and_new_date() throws Exception {
        String email = "holding." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String enquiryId = UUID.randomUUID().toString();
        HoldingReplySent holding = new HoldingReplySent(enquiryId, "ENQ-2026-000124", UUID.randomUUID().toString(),
                "Cllr Ben Okafor", email, "Street lights out", "Kim Key", "Waiting for the contractor's survey",
                Instant.parse("2026-12-01T17:00:00Z"), Instant.parse("2026-12-08T17:00:00Z"));
        new TopicReader(bootstrapServers).publish("enquiry.events", enquiryId, UUID.randomUUID().toString(),
                HoldingReplySent.TYPE, json.writeValueAsString(holding));

        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));
        assertEquals("Holding reply to enquiry ENQ-2026-000124: Street lights out", mail.getSubject());
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("Why: Waiting for the contractor's survey"), text);
        assertTrue(text.contains("New date for the full reply: Tuesday 8 December 2026, 17:00"), text);
    }
}
