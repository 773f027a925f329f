package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.notify.delivery.BounceMailbox;
import org.liaison.notify.delivery.DeliverySettings;
import org.liaison.notify.delivery.Notification;

/**
 * HUB-2 beyond the relay: an accepted email that bounces is not "told". Real SMTP and IMAP (GreenMail), a delivery
 * report written as Postfix writes one, delivered to the bounce mailbox as the relay would deliver it.
 */
@QuarkusTest
class BounceTest {

    private static final String BOUNCE_MAILBOX = "bounces@council.example";

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    BounceMailbox mailbox;

    @Inject
    DeliverySettings settings;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @Tag("HUB-2")
    @Tag("HUB-6")
    @Test
    void HUB_2_HUB_6_a_bounced_notice_is_BOUNCED_not_told_members_services_are_alerted_and_can_resend_it() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String wrong = "mistyped." + tag + "@members.council.example";
        String ward = directory.ward("Bounce Ward");
        CouncillorRecord councillor = directory.publish(NotifyRecords.councillor("Cllr Bo Unce", wrong, ward));
        String matterId = given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "Meeting whose notice bounced", "startsAt", "2027-04-01T18:00:00Z",
                        "endsAt", "2027-04-01T19:00:00Z", "wardCodes", List.of(ward)))
                .when().post("/matters").then().statusCode(201).extract().path("id");
        Notification sent = Notifications.awaitStatus(matterId, Notification.Status.SENT);
        MimeMessage notice = smtp.awaitMessage(m -> SmtpServer.sentTo(m, wrong), Duration.ofSeconds(60));
        String bounceAddress = "bounces+" + sent.id + "@council.example";
        assertEquals("<" + bounceAddress + ">", notice.getHeader("Return-Path", null),
                "the envelope sender names the notification");

        // the councillor's server refuses it after the relay accepted it; the relay's report comes back
        deliverToBounceMailbox(Dsn.postfix(bounceAddress, sent.messageId, wrong, "failed", "5.1.1",
                "550 5.1.1 <" + wrong + ">: Recipient address rejected: User unknown"));
        deliverToBounceMailbox(Dsn.outOfOffice(bounceAddress));
        assertEquals(new BounceMailbox.Pass(1, 1, 0), mailbox.checkNow());
        assertEquals(new BounceMailbox.Pass(0, 0, 0), mailbox.checkNow(), "what was handled is gone from the mailbox");

        Notification bounced = Notifications.awaitStatus(matterId, Notification.Status.BOUNCED);
        assertTrue(bounced.bounceReason.startsWith("5.1.1 550 5.1.1"), bounced.bounceReason);
        assertNotNull(bounced.bouncedAt);
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + matterId + "/compliance")
                .then().statusCode(200)
                .body("councillors[0].councillorId", equalTo(councillor.id()))
                .body("councillors[0].outcome", equalTo("BOUNCED"))
                .body("summary.BOUNCED", equalTo(1));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/notifications?status=BOUNCED")
                .then().statusCode(200).body("id", hasItem(sent.id.toString()))
                .body("find { it.id == '" + sent.id + "' }.template", equalTo(Notification.PUBLIC_MEETING_INVITATION));
        MimeMessage alert = smtp.awaitMessage(m -> SmtpServer.sentTo(m, settings.failureAlertTo())
                && SmtpServer.textOf(m, "text/plain").contains(wrong), Duration.ofSeconds(60));
        String text = SmtpServer.textOf(alert, "text/plain");
        assertTrue(text.contains("bounced") && text.contains("User unknown"), text);
        assertTrue(text.contains("/notifications/" + sent.id + "/resend"), text);

        // a councillor cannot resend; members' services can, once the directory has the right address
        given().auth().oauth2(org.liaison.embedded.DevTokens.mint(councillor.id(), "councillor"))
                .when().post("/notifications/" + sent.id + "/resend").then().statusCode(403);
        String right = "bo.unce." + tag + "@members.council.example";
        directory.publish(new CouncillorRecord(councillor.id(), councillor.displayName(), right, councillor.groupCode(),
                councillor.wardCodes(), councillor.roles(), councillor.termStart(), councillor.termEnd(),
                councillor.preferredContact(), councillor.status()));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().post("/notifications/" + sent.id + "/resend")
                .then().statusCode(202).body("status", equalTo("PENDING")).body("recipientEmail", equalTo(right));
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, right), Duration.ofSeconds(60));
        Notification resent = Notifications.awaitStatus(matterId, Notification.Status.SENT);
        assertEquals(sent.messageId, resent.messageId, "the same email, sent again");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + matterId + "/compliance")
                .then().statusCode(200).body("councillors[0].outcome", equalTo("ON_TIME"));
        // and only an undelivered email can be resent
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().post("/notifications/" + sent.id + "/resend")
                .then().statusCode(409).contentType("application/problem+json").body("ruleId", equalTo("HUB-2"));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().post("/notifications/" + UUID.randomUUID() + "/resend")
                .then().statusCode(404);
    }

    /** As the relay delivers plus-addressed mail: the envelope recipient is the mailbox itself. */
    private void deliverToBounceMailbox(String raw) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", smtp.host());
        properties.setProperty("mail.smtp.port", String.valueOf(smtp.port()));
        Session session = Session.getInstance(properties);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(Dsn.parse(raw), new Address[] {new InternetAddress(BOUNCE_MAILBOX)});
        }
    }
}
