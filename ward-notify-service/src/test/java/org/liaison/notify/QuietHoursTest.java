package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.MailDispatcher;

/** HUB-3: officers' mail waits for their working hours; councillors' goes at once. Real PG, Kafka and SMTP. */
@QuarkusTest
class QuietHoursTest {

    private static final Instant SATURDAY_MORNING = Instant.parse("2027-01-16T11:00:00Z");
    private static final Instant MONDAY_OPENING = Instant.parse("2027-01-18T09:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @Inject
    MailDispatcher delivery;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("HUB-3")
    @Tag("ENQ-9")
    @Test
    void HUB_3_a_chase_to_an_officer_at_the_weekend_waits_until_their_hours_start_while_the_councillor_is_told_at_once()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String officerId = "officer-" + tag;
        String officerEmail = "officer." + tag + "@council.example";
        String councillorEmail = "cllr." + tag + "@members.council.example";
        // Monday to Friday, 09:00 to 17:00; returns once ward-notify's replica holds the officer
        directory.publish(NotifyRecords.officer(officerId, "Kim Key", officerEmail));
        TopicReader kafka = new TopicReader(bootstrapServers);
        clock.set(SATURDAY_MORNING);

        String enquiryId = UUID.randomUUID().toString();
        publishChase(kafka, enquiryId, EnquiryChased.Step.OVERDUE_COUNCILLOR,
                new EnquiryChased.Recipient("cllr-" + tag, "Cllr Ada Price", councillorEmail, "councillor"));
        publishChase(kafka, enquiryId, EnquiryChased.Step.OVERDUE_OFFICER,
                new EnquiryChased.Recipient(officerId, "Kim Key", officerEmail, "assigned officer"));

        smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail), Duration.ofSeconds(60));
        Map<String, Object> held = awaitNotification(officerId);
        assertEquals("PENDING", held.get("status"));
        assertEquals(MONDAY_OPENING.toString(), Instant.parse((String) held.get("nextAttemptAt")).toString());
        assertTrue(((String) held.get("heldReason")).contains("Outside Kim Key's working hours; held until Monday 18 January 2027, 09:00"),
                (String) held.get("heldReason"));
        delivery.deliverDue();
        List<Notification> stillHeld = Notifications.toRecipient(officerId);
        assertEquals(List.of(Notification.Status.PENDING), stillHeld.stream().map(n -> n.status).toList(),
                "nothing reaches the officer at the weekend");
        assertEquals(0, stillHeld.get(0).attempts, "not even tried");
        assertEquals(MONDAY_OPENING, stillHeld.get(0).nextAttemptAt);
        assertEquals(0, smtp.received().stream().filter(m -> SmtpServer.sentTo(m, officerEmail)).count(),
                "nothing reaches the officer at the weekend");

        clock.set(MONDAY_OPENING.plusSeconds(1));
        delivery.deliverDue();
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, officerEmail), Duration.ofSeconds(60));
        assertTrue(mail.getSubject().startsWith("Overdue: enquiry ENQ-2027-000300"), mail.getSubject());
    }

    private void publishChase(TopicReader kafka, String enquiryId, EnquiryChased.Step step, EnquiryChased.Recipient recipient)
            throws Exception {
        kafka.publish("enquiry.events", enquiryId, UUID.randomUUID().toString(), EnquiryChased.TYPE, json.writeValueAsString(
                new EnquiryChased(enquiryId, "ENQ-2027-000300", "Potholes on Mill Lane", step,
                        Instant.parse("2027-01-15T17:00:00Z"), "Kim Key", List.of(recipient))));
    }

    private static Map<String, Object> awaitNotification(String recipientId) {
        List<Map<String, Object>> found = Awaitility.await().alias("an email queued for " + recipientId)
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/notifications?recipient=" + recipientId)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"), list -> !list.isEmpty());
        return found.get(0);
    }
}
