package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.MailDispatcher;
import org.liaison.notify.matter.DailyDigest;

/** HUB-5 daily digests and HUB-6 compliance evidence, on real PostgreSQL, Kafka and SMTP with a moved clock. */
@QuarkusTest
class DigestAndComplianceTest {

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    TestClock clock;

    @Inject
    DailyDigest digest;

    @Inject
    MailDispatcher delivery;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    String ward;
    String councillorId;
    String email;

    @BeforeEach
    void aWardWithOneCouncillor() {
        ward = directory.ward("Abbey");
        email = "cllr." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        councillorId = directory.publish(NotifyRecords.councillor("Cllr Ada Price", email, ward)).id();
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("HUB-5")
    @Test
    void HUB_5_informational_matters_wait_for_the_8am_digest_while_protocol_notices_go_at_once() throws Exception {
        String own = DevTokens.mint(councillorId, "councillor");
        given().auth().oauth2(DevTokens.mint(UUID.randomUUID().toString(), "councillor")).contentType(ContentType.JSON)
                .body(Map.of("dailyDigest", true)).when().put("/preferences/" + councillorId).then().statusCode(403);
        given().auth().oauth2(own).contentType(ContentType.JSON).body(Map.of("dailyDigest", true))
                .when().put("/preferences/" + councillorId).then().statusCode(200)
                .body("dailyDigest", equalTo(true))
                .body("inDigest", hasItem("SITE_VISIT"))
                .body("alwaysImmediate", hasItem("PUBLIC_MEETING"));

        clock.set(Instant.parse("2027-01-11T10:00:00Z")); // Monday, after that day's 08:00 digest time
        register("SITE_VISIT", "Depot inspection", Map.of("startsAt", "2027-01-14T10:00:00Z", "visitBy", "Chair of Planning"));
        String decision = register("EXECUTIVE_DECISION", "Library hours", Map.of("description", "Saturday opening extended."));
        register("CONSULTATION", "Parking zones", Map.of("startsAt", "2027-01-20T09:00:00Z"));
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email) && SmtpServer.subjectOf(m).startsWith("Consultation in your ward"),
                Duration.ofSeconds(90)); // a protocol notice: at once
        assertEquals(0, digest.sendDue(), "no digest before 08:00 the next working day... nor at 10:00 on the same day: "
                + "the items came after today's digest time");
        // every email a registration causes is queued with it: the informational two wait for the digest instead
        List<Notification> queued = Notifications.awaitFinal("to " + email, () -> Notifications.toRecipient(councillorId));
        assertEquals(List.of("matterNotice:SENT"), queued.stream().map(n -> n.template + ":" + n.status).toList(),
                "only the consultation so far");
        assertEquals(1, smtp.received().stream().filter(m -> SmtpServer.sentTo(m, email)).count(), "only the consultation so far");

        clock.set(Instant.parse("2027-01-12T07:59:00Z"));
        assertEquals(0, digest.sendDue(), "not before 08:00");
        clock.set(Instant.parse("2027-01-12T08:00:30Z"));
        assertEquals(1, digest.sendDue());
        assertEquals(0, digest.sendDue(), "one digest a day");
        delivery.deliverDue();
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Your ward digest for Tuesday 12 January 2027: 2 items"), Duration.ofSeconds(90));
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("Site visit in your ward: Depot inspection"), text);
        assertTrue(text.contains("Executive decision affecting your ward: Library hours"), text);
        // the mail server has it; the compliance evidence reads the digest's delivery as recorded
        assertEquals(List.of("matterNotice:SENT", "dailyDigest:SENT"), Notifications.awaitFinal("to " + email,
                () -> Notifications.toRecipient(councillorId)).stream().map(n -> n.template + ":" + n.status).toList());

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + decision + "/compliance")
                .then().statusCode(200)
                .body("councillors[0].how", equalTo("daily digest"))
                .body("councillors[0].outcome", equalTo("ON_TIME"));
    }

    @Tag("HUB-5")
    @Tag("NTF-8")
    @Test
    void HUB_5_a_digest_never_makes_a_notice_late_and_an_invitation_is_sent_on_its_own() throws Exception {
        given().auth().oauth2(DevTokens.mint(councillorId, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("dailyDigest", true)).when().put("/preferences/" + councillorId).then().statusCode(200);

        clock.set(Instant.parse("2027-01-11T15:00:00Z")); // Monday afternoon: the next digest is Tuesday 08:00
        String tomorrowMorning = register("SITE_VISIT", "Flood defences walk",
                Map.of("startsAt", "2027-01-12T09:00:00Z", "visitBy", "Cabinet Member for Environment"));
        String thisEvening = register("AGENDA_ITEM", "Abbey Road crossing", Map.of("startsAt", "2027-01-11T18:30:00Z"));
        String parade = register("CEREMONIAL_EVENT", "Holocaust Memorial Day", Map.of("startsAt", "2027-01-27T11:00:00Z",
                "endsAt", "2027-01-27T12:00:00Z", "location", "Abbey Green"));
        String later = register("SITE_VISIT", "Depot inspection", Map.of("startsAt", "2027-01-14T10:00:00Z",
                "visitBy", "Chair of Planning"));
        // queued in the registering transaction, so what the log holds now is how each one goes
        for (String atOnce : List.of(tomorrowMorning, thisEvening, parade)) {
            assertEquals(List.of("matterNotice"), Notifications.ofMatter(atOnce).stream().map(n -> n.template).toList(),
                    "matter " + atOnce + " goes at once");
            assertEquals(0, Notifications.digestItemsOf(atOnce), "and does not wait for the digest");
        }
        assertEquals(List.of(), Notifications.ofMatter(later), "Thursday's visit waits for Tuesday's digest");
        assertEquals(1, Notifications.digestItemsOf(later));

        MimeMessage invitation = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Civic event in your ward: Holocaust Memorial Day"), Duration.ofSeconds(90));
        String ics = SmtpServer.textOf(invitation, "text/calendar");
        assertTrue(ics.contains("METHOD:REQUEST") && ics.contains("DTSTART:20270127T110000Z"), ics);
        assertTrue(SmtpServer.textOf(invitation, "text/plain").contains("You are invited"));
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Site visit in your ward: Flood defences walk"), Duration.ofSeconds(90));
        Notifications.awaitFinal("to " + email, () -> Notifications.toRecipient(councillorId));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + tomorrowMorning + "/compliance")
                .then().statusCode(200)
                .body("councillors[0].how", equalTo("email"))
                .body("councillors[0].outcome", equalTo("ON_TIME"));

        clock.set(Instant.parse("2027-01-12T08:00:30Z"));
        assertEquals(1, digest.sendDue());
        delivery.deliverDue();
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Your ward digest for Tuesday 12 January 2027: 1 item"), Duration.ofSeconds(90));
        String text = SmtpServer.textOf(mail, "text/plain");
        assertTrue(text.contains("Site visit in your ward: Depot inspection"), text);
        assertTrue(!text.contains("Flood defences") && !text.contains("Holocaust Memorial Day") && !text.contains("Abbey Road"),
                "what went at once is not told again: " + text);
    }

    @Tag("HUB-6")
    @Test
    void HUB_6_compliance_shows_each_councillor_when_told_and_whether_on_time_late_or_missing() throws Exception {
        clock.set(Instant.parse("2027-02-01T10:00:00Z")); // Monday
        String told = register("PUBLIC_MEETING", "Told in time", Map.of("startsAt", "2027-02-20T18:00:00Z",
                "endsAt", "2027-02-20T19:00:00Z"));
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email) && SmtpServer.subjectOf(m).endsWith("Told in time"),
                Duration.ofSeconds(90));
        awaitOutcome(told, "ON_TIME");

        smtp.suspend();
        String missed;
        try {
            missed = register("CONSULTATION", "Missed while the mail server was down",
                    Map.of("startsAt", "2027-02-02T09:00:00Z"));
            given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + missed + "/compliance")
                    .then().statusCode(200).body("councillors[0].outcome", equalTo("PENDING"))
                    .body("councillors[0].councillorId", equalTo(councillorId));
            clock.set(Instant.parse("2027-02-02T10:00:00Z")); // the consultation has opened; nobody told
            given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + missed + "/compliance")
                    .then().statusCode(200).body("councillors[0].outcome", equalTo("MISSING"))
                    .body("summary.MISSING", equalTo(1));
        } finally {
            smtp.resume();
        }
        clock.set(Instant.parse("2027-02-02T12:00:00Z")); // past any backoff: the retry goes now
        delivery.deliverDue();
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email) && SmtpServer.subjectOf(m).endsWith("Missed while the mail server was down"),
                Duration.ofSeconds(90));
        awaitOutcome(missed, "LATE");

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/compliance/report?from=2027-02-01&to=2027-02-01")
                .then().statusCode(200)
                .body("kinds.find { it.kind == 'CONSULTATION' }.late", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("kinds.find { it.kind == 'PUBLIC_MEETING' }.onTime", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/compliance/report?from=2027-02-01")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    private void awaitOutcome(String matterId, String outcome) {
        Awaitility.await().alias("matter " + matterId + "'s councillor told " + outcome).atMost(Notifications.DELIVERY_WITHIN)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + matterId + "/compliance")
                        .then().statusCode(200).extract().<String>path("councillors[0].outcome"), outcome::equals);
    }

    private String register(String kind, String title, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "wardCodes", List.of(ward)));
        body.putAll(extra);
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(body)
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }
}
