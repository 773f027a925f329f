package org.liaison.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.delivery.Notice;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.MailDispatcher;
import org.liaison.notify.delivery.NotificationQueue;

/**
 * HUB-2 with a relay that throttles: at most {@code liaison.delivery.max-per-window} emails per window reach it, over
 * all instances; the rest wait, queued, until the window has moved on.
 */
@QuarkusTest
@TestProfile(RelayRateLimitTest.ThreePerHour.class)
class RelayRateLimitTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.delivery.max-per-window", "3", "liaison.delivery.rate-window", "1h");
        }
    }

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    NotificationQueue queue;

    @Inject
    MailDispatcher delivery;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Tag("HUB-2")
    @Test
    void HUB_2_a_throttling_relay_gets_no_more_than_its_rate_and_the_rest_follows_in_the_next_window() throws Exception {
        // the database is shared with the test classes before this one: their mail is done, but it must neither count
        // against this window nor take its places
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update notification set last_claimed_at = null").executeUpdate();
            entityManager.createNativeQuery("update notification set next_attempt_at = next_attempt_at + interval '100 years' "
                    + "where status in ('PENDING', 'RETRYING')").executeUpdate();
        });
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> "throttled" + i + "." + tag + "@members.council.example").toList();
        QuarkusTransaction.requiringNew().run(() -> recipients.forEach(this::enqueueNotice));
        delivery.deliverDue();

        await(recipients, 3);
        // the window is full: however often delivery runs, the other two stay queued, untried
        delivery.deliverDue();
        delivery.deliverDue();
        List<Notification> waiting = mailTo(recipients).stream().filter(n -> n.status == Notification.Status.PENDING).toList();
        assertEquals(2, waiting.size());
        assertEquals(List.of(0, 0), waiting.stream().map(n -> n.attempts).toList());

        // an hour on (the database's clock, which the window is measured on), the rest goes
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update notification set last_claimed_at = last_claimed_at - interval '1 hour' where last_claimed_at is not null")
                .executeUpdate());
        delivery.deliverDue();
        await(recipients, 5);
        for (String recipient : recipients) {
            smtp.awaitMessage(m -> SmtpServer.sentTo(m, recipient), Duration.ofSeconds(60));
        }
    }

    private void await(List<String> recipients, int sent) {
        org.awaitility.Awaitility.await().alias(sent + " of the throttled emails sent").atMost(Notifications.DELIVERY_WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> mailTo(recipients).stream().filter(n -> n.status == Notification.Status.SENT).count() == sent);
    }

    private List<Notification> mailTo(List<String> recipients) {
        return QuarkusTransaction.requiringNew().call(() ->
                Notification.<Notification>list("recipientEmail in ?1", recipients));
    }

    private void enqueueNotice(String email) {
        try {
            queue.enqueue("test:rate:" + email, null, "cllr-" + email, email, "Cllr Throttled", Notification.NOTICE,
                    objectMapper.writeValueAsString(new Notice("Throttled", List.of("A notice."), List.of())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
