package org.liaison.notify;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.liaison.notify.delivery.Notification;

/**
 * The hub's notification log as a test reads it: each row is one email to one person because of one source event
 * (HUB-1), and its status says where delivery stands (HUB-2). An email that will never be sent again is in a final
 * state; once every row of interest is, the mail server has received all it ever will of them, so counting the
 * received messages then proves "no duplicate" without waiting for one to turn up.
 */
final class Notifications {

    /** Delivery runs on its own threads (after each commit, on a timer); a retried email may need a second poll. */
    static final Duration DELIVERY_WITHIN = Duration.ofSeconds(60);

    private static final Set<Notification.Status> FINAL = EnumSet.of(Notification.Status.SENT, Notification.Status.FAILED,
            Notification.Status.SUPERSEDED);

    private Notifications() {
    }

    static List<Notification> ofMatter(String matterId) {
        return QuarkusTransaction.requiringNew().call(() ->
                Notification.<Notification>list("matterId = ?1 order by createdAt", UUID.fromString(matterId)));
    }

    static List<Notification> toAddress(String email) {
        return QuarkusTransaction.requiringNew().call(() ->
                Notification.<Notification>list("recipientEmail = ?1 order by createdAt", email));
    }

    static List<Notification> toRecipient(String recipientId) {
        return QuarkusTransaction.requiringNew().call(() ->
                Notification.<Notification>list("recipientId = ?1 order by createdAt", recipientId));
    }

    /** Items waiting for, or carried by, a councillor's daily digest (HUB-5) because of this matter. */
    static long digestItemsOf(String matterId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Notification.getEntityManager()
                .createNativeQuery("select count(*) from digest_item where matter_id = ?1")
                .setParameter(1, UUID.fromString(matterId)).getSingleResult()).longValue());
    }

    /** Waits until none of {@code rows} is PENDING or RETRYING any more, and returns them. */
    static List<Notification> awaitFinal(String what, Callable<List<Notification>> rows) {
        return await().alias("every email " + what + " sent or given up").atMost(DELIVERY_WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .until(rows, found -> found.stream().allMatch(n -> FINAL.contains(n.status)));
    }

    /** Waits until the only email about {@code matterId} has {@code expected} status, and returns it. */
    static Notification awaitStatus(String matterId, Notification.Status expected) {
        return await().alias("the email for matter " + matterId + " " + expected).atMost(DELIVERY_WITHIN)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    List<Notification> found = ofMatter(matterId);
                    if (found.size() > 1) {
                        throw new AssertionError("More than one email for matter " + matterId + ": " + found.size());
                    }
                    return found.isEmpty() ? null : found.get(0);
                }, n -> n != null && n.status == expected);
    }
}
