package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.enquiry.EnquiryChased;
import org.liaison.notify.delivery.MailDispatcher;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.matter.DailyDigest;

/**
 * ward-notify-service on a council profile whose {@code calendar.zone} is America/New_York
 * (src/test/resources/a-council-in-new-york.yaml): the times its emails spell out, the 08:00 digest, an officer's
 * quiet hours and a compliance deadline all follow the council's zone, not London's. In January New York is five hours
 * behind UTC (and London), so every moment below is one at which a London clock would decide otherwise.
 */
@QuarkusTest
@TestProfile(CouncilZoneNotifyTest.ACouncilInNewYork.class)
class CouncilZoneNotifyTest {

    public static class ACouncilInNewYork implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "src/test/resources/a-council-in-new-york.yaml");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    TestClock clock;

    @Inject
    DailyDigest digest;

    @Inject
    MailDispatcher delivery;

    @Inject
    ObjectMapper json;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    String ward;
    String councillorId;
    String email;

    @BeforeEach
    void aWardWithOneCouncillor() {
        ward = directory.ward("Harlem");
        email = "cllr." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        councillorId = directory.publish(NotifyRecords.councillor("Cllr Ada Price", email, ward)).id();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("NTF-2")
    @Tag("HUB-6")
    @Test
    void NTF_2_a_consultations_email_spells_its_times_in_the_councils_zone_and_its_deadline_is_the_councils_close_of_business() {
        clock.set(Instant.parse("2027-01-11T15:00:00Z")); // Monday 10:00 in New York
        // 14:00 UTC is 09:00 in New York; 21:00 UTC on 15 March is 17:00 there (US summer time began on 14 March)
        register("CONSULTATION", "Parking zones", Map.of("startsAt", "2027-01-20T14:00:00Z", "endsAt", "2027-03-15T21:00:00Z"));
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).startsWith("Consultation in your ward"), Duration.ofSeconds(90));
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("opens Wednesday 20 January 2027, 09:00 (Eastern Time)"), text);
        assertTrue(text.contains("Closes: Monday 15 March 2027, 17:00 (Eastern Time)"), text);
        assertTrue(!text.contains("UK time"), text);

        String decision = register("EXECUTIVE_DECISION", "Library hours", Map.of("description", "Saturday opening extended."));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + decision + "/compliance")
                .then().statusCode(200).body("deadline", equalTo("2027-01-12T22:00:00Z")); // Tuesday 17:00 in New York
    }

    @Tag("HUB-5")
    @Test
    void HUB_5_the_digest_goes_at_8_in_the_councils_zone() {
        given().auth().oauth2(DevTokens.mint(councillorId, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("dailyDigest", true)).when().put("/preferences/" + councillorId).then().statusCode(200);
        clock.set(Instant.parse("2027-01-11T15:00:00Z")); // Monday 10:00 in New York: the next digest is Tuesday's
        String visit = register("SITE_VISIT", "Depot inspection", Map.of("startsAt", "2027-01-14T15:00:00Z",
                "visitBy", "Chair of Planning"));
        assertEquals(1, Notifications.digestItemsOf(visit), "Thursday's visit waits for Tuesday's digest");

        clock.set(Instant.parse("2027-01-12T12:30:00Z")); // 12:30 in London, 07:30 in New York
        digest.sendDue();
        assertEquals(List.of(), digestsTo(councillorId), "not before 08:00 in New York");

        clock.set(Instant.parse("2027-01-12T13:00:30Z")); // 08:00 in New York
        digest.sendDue();
        assertEquals(1, digestsTo(councillorId).size());
        delivery.deliverDue();
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Your ward digest for Tuesday 12 January 2027: 1 item"), Duration.ofSeconds(90));
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("Chair of Planning will visit a site in your ward on Thursday 14 January 2027, 10:00 "
                + "(Eastern Time)."), text);
    }

    @Tag("HUB-3")
    @Tag("ENQ-9")
    @Test
    void HUB_3_an_officers_mail_waits_for_their_hours_in_the_councils_zone_and_a_chase_spells_the_due_time_there()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String officerId = "officer-" + tag;
        String officerEmail = "officer." + tag + "@council.example";
        String councillorEmail = "cllr." + tag + "@members.council.example";
        directory.publish(NotifyRecords.officer(officerId, "Kim Key", officerEmail)); // Monday to Friday, 09:00 to 17:00
        clock.set(Instant.parse("2027-01-18T10:00:00Z")); // Monday 10:00 in London, 05:00 in New York

        TopicReader kafka = new TopicReader(bootstrapServers);
        String enquiryId = UUID.randomUUID().toString();
        publishChase(kafka, enquiryId, EnquiryChased.Step.OVERDUE_COUNCILLOR,
                new EnquiryChased.Recipient("cllr-" + tag, "Cllr Ada Price", councillorEmail, "councillor"));
        publishChase(kafka, enquiryId, EnquiryChased.Step.OVERDUE_OFFICER,
                new EnquiryChased.Recipient(officerId, "Kim Key", officerEmail, "assigned officer"));

        MimeMessage toCouncillor = smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail), Duration.ofSeconds(60));
        String text = SmtpServer.textOf(toCouncillor, "text/plain");
        assertTrue(text.contains("Friday 15 January 2027, 12:00 (Eastern Time)"), "17:00 UTC is 12:00 in New York: " + text);

        Map<String, Object> held = awaitNotification(officerId);
        assertEquals("PENDING", held.get("status"));
        assertEquals(Instant.parse("2027-01-18T14:00:00Z"), Instant.parse((String) held.get("nextAttemptAt")), "09:00 in New York");
        assertTrue(((String) held.get("heldReason")).contains("held until Monday 18 January 2027, 09:00 (Eastern Time)"),
                (String) held.get("heldReason"));
    }

    private static List<Notification> digestsTo(String councillorId) {
        return Notifications.toRecipient(councillorId).stream().filter(n -> Notification.DAILY_DIGEST.equals(n.template))
                .toList();
    }

    private void publishChase(TopicReader kafka, String enquiryId, EnquiryChased.Step step, EnquiryChased.Recipient recipient)
            throws Exception {
        kafka.publish("enquiry.events", enquiryId, UUID.randomUUID().toString(), EnquiryChased.TYPE, json.writeValueAsString(
                new EnquiryChased(enquiryId, "ENQ-2027-000301", "Potholes on Mill Lane", step,
                        Instant.parse("2027-01-15T17:00:00Z"), "Kim Key", List.of(recipient))));
    }

    private static Map<String, Object> awaitNotification(String recipientId) {
        List<Map<String, Object>> found = Awaitility.await().alias("an email queued for " + recipientId)
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/notifications?recipient=" + recipientId)
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"), list -> !list.isEmpty());
        return found.get(0);
    }

    private String register(String kind, String title, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "wardCodes", List.of(ward)));
        body.putAll(extra);
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(body)
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }
}
