package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.delivery.DeliverySettings;
import org.liaison.notify.delivery.Notice;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.MailDispatcher;
import org.liaison.notify.delivery.NotificationQueue;
import org.liaison.notify.replica.CouncillorReplica;

/** The notification hub's delivery promises, against a real SMTP server. */
@QuarkusTest
class MailDeliveryTest {

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    NotificationQueue queue;

    @Inject
    MailDispatcher delivery;

    @Inject
    EntityManager entityManager;

    @Inject
    DeliverySettings settings;

    @Inject
    TestClock clock;

    @Inject
    com.fasterxml.jackson.databind.ObjectMapper objectMapper;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @Tag("HUB-1")
    @Test
    void HUB_1_one_email_per_source_event_and_recipient_however_often_it_is_queued() throws Exception {
        String email = "once." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String ward = registerCouncillor(email);
        String matterId = registerMeeting(ward, "Once-only meeting");
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));

        CouncillorReplica recipient = QuarkusTransaction.requiringNew().call(() ->
                CouncillorReplica.<CouncillorReplica>find("email", email).firstResult());
        boolean queuedAgain = QuarkusTransaction.requiringNew().call(() ->
                queue.enqueue("matter:" + matterId + ":registered", UUID.fromString(matterId), recipient,
                        Notification.PUBLIC_MEETING_INVITATION));
        delivery.deliverDue();

        assertFalse(queuedAgain, "the same (event, recipient) is not queued twice");
        List<Notification> queued = Notifications.awaitFinal("about matter " + matterId, () -> Notifications.ofMatter(matterId));
        assertEquals(1, queued.size(), "one email in the log for the meeting and its one councillor");
        assertEquals(Notification.Status.SENT, queued.get(0).status);
        long copies = smtp.received().stream().filter(m -> SmtpServer.sentTo(m, email)).count();
        assertEquals(1, copies);
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_an_smtp_outage_delays_mail_with_retries_and_loses_none() throws Exception {
        String email = "outage." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String ward = registerCouncillor(email);

        smtp.suspend();
        String matterId;
        try {
            matterId = registerMeeting(ward, "Meeting during an SMTP outage");
            delivery.deliverDue();
            Notification failed = Notifications.awaitStatus(matterId, Notification.Status.RETRYING);
            assertTrue(failed.attempts >= 1);
            assertNotNull(failed.lastError);
            assertTrue(failed.nextAttemptAt.isAfter(failed.createdAt), "backs off before retrying");
        } finally {
            smtp.resume();
        }

        // Move the retry time to now (the service's clock, not the database's) instead of waiting for the backoff.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update notification set next_attempt_at = ?2 where matter_id = ?1")
                .setParameter(1, UUID.fromString(matterId)).setParameter(2, clock.instant()).executeUpdate());
        delivery.deliverDue();

        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));
        Notification sent = Notifications.awaitStatus(matterId, Notification.Status.SENT);
        assertTrue(sent.attempts >= 2, "sent on a retry");
        assertEquals("<" + sent.id + "@liaison>", sent.messageId);
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_after_the_last_attempt_an_email_is_FAILED_and_the_members_services_mailbox_is_alerted() throws Exception {
        String email = "unreachable." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String ward = registerCouncillor(email);
        smtp.suspend();
        String matterId;
        try {
            matterId = registerMeeting(ward, "Meeting nobody could be told of");
            Notifications.awaitStatus(matterId, Notification.Status.RETRYING);
            // one attempt left: make it due now (the service's clock) rather than waiting out the backoff
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update notification set attempts = ?2 - 1, next_attempt_at = ?3 where matter_id = ?1")
                    .setParameter(1, UUID.fromString(matterId)).setParameter(2, settings.maxAttempts())
                    .setParameter(3, clock.instant()).executeUpdate());
            delivery.deliverDue();
            Notification failed = Notifications.awaitStatus(matterId, Notification.Status.FAILED);
            assertEquals(settings.maxAttempts(), failed.attempts);
            assertNotNull(failed.lastError);
        } finally {
            smtp.resume();
        }
        delivery.deliverDue();
        MimeMessage alert = smtp.awaitMessage(m -> SmtpServer.sentTo(m, settings.failureAlertTo())
                && SmtpServer.textOf(m, "text/plain").contains(email), Duration.ofSeconds(90));
        assertEquals("Undelivered email to Cllr Fay Lowe", alert.getSubject());
        String text = SmtpServer.textOf(alert, "text/plain");
        assertTrue(text.contains("after " + settings.maxAttempts() + " attempts"), text);
        assertTrue(text.contains("Because of: matter:" + matterId + ":registered"), text);
        Notification stillFailed = Notifications.awaitStatus(matterId, Notification.Status.FAILED);
        assertEquals(settings.maxAttempts(), stillFailed.attempts, "FAILED is final: not tried again");
        assertEquals(0, smtp.received().stream().filter(m -> SmtpServer.sentTo(m, email)).count(), "FAILED is final");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.matches("(?s).*liaison_emails_total\\{outcome=\"failed\",template=\"publicMeetingInvitation\"} [1-9].*"),
                "failures are counted for dashboards");
    }

    /**
     * HUB-1: emails are handed to the relay outside any transaction, under a claim. A live claim (an instance is
     * sending it) keeps every other batch off the email; a claim whose instance died runs out, and the email is sent by
     * the next batch, with the Message-ID it always had, so a copy the dead instance got out folds into it.
     */
    @Tag("HUB-1")
    @Test
    void HUB_1_a_claimed_email_is_left_alone_until_its_claim_runs_out_then_sent_once_with_its_message_id() throws Exception {
        String email = "claimed." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        String sourceEvent = "test:claim:" + UUID.randomUUID();
        // queued and claimed in one transaction, as by an instance that died before it recorded the relay's answer
        QuarkusTransaction.requiringNew().run(() -> {
            enqueueNotice(sourceEvent, email, "Claimed elsewhere");
            entityManager.createNativeQuery("""
                    update notification set claim_token = gen_random_uuid(), claimed_until = clock_timestamp() + interval '1 hour'
                    where source_event = ?1""").setParameter(1, sourceEvent).executeUpdate();
        });
        // a later email goes out, so a batch has run since the claim was made ...
        String later = "later." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        QuarkusTransaction.requiringNew().run(() -> enqueueNotice("test:claim:" + UUID.randomUUID(), later, "Sent meanwhile"));
        delivery.deliverDue();
        Notifications.awaitFinal("to " + later, () -> Notifications.toAddress(later));
        // ... and left the claimed one alone
        Notification claimed = Notifications.toAddress(email).get(0);
        assertEquals(Notification.Status.PENDING, claimed.status);
        assertEquals(0, claimed.attempts, "not tried under another batch's claim");
        assertNotNull(claimed.claimToken);

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update notification set claimed_until = clock_timestamp() - interval '1 second' where source_event = ?1")
                .setParameter(1, sourceEvent).executeUpdate());
        delivery.deliverDue();
        Notification sent = Notifications.awaitFinal("to " + email, () -> Notifications.toAddress(email)).get(0);
        assertEquals(Notification.Status.SENT, sent.status);
        assertEquals(1, sent.attempts);
        assertEquals(null, sent.claimToken, "the claim is released with the answer");
        MimeMessage received = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));
        assertEquals("<" + sent.id + "@liaison>", received.getMessageID());
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null),
                "RFC 3834: auto-responders do not answer it");
        assertEquals(1, smtp.received().stream().filter(m -> SmtpServer.sentTo(m, email)).count());
    }

    private void enqueueNotice(String sourceEvent, String email, String subject) {
        try {
            queue.enqueue(sourceEvent, null, "cllr-" + sourceEvent, email, "Cllr Test Claim", Notification.NOTICE,
                    objectMapper.writeValueAsString(new Notice(subject, List.of("A notice."), List.of())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String registerCouncillor(String email) {
        String ward = directory.ward("Delivery Ward");
        directory.publish(NotifyRecords.councillor("Cllr Fay Lowe", email, ward));
        return ward;
    }

    private static String registerMeeting(String ward, String title) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", title, "startsAt", "2027-02-01T18:00:00Z",
                        "endsAt", "2027-02-01T19:00:00Z", "wardCodes", List.of(ward)))
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }
}
