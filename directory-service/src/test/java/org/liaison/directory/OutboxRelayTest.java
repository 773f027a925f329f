package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.directory.ward.WardRequest;
import org.liaison.directory.ward.WardService;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;
import org.liaison.infrastructure.outbox.OutboxRelay;

/** The transactional outbox, on real PostgreSQL and Kafka: nothing lost, nothing published that did not happen. */
@QuarkusTest
class OutboxRelayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxRelay relay;

    @Inject
    WardService wards;

    @Inject
    EntityManager entityManager;

    @Inject
    org.liaison.infrastructure.outbox.OutboxPruner pruner;

    @Inject
    TestClock clock;

    @Test
    void a_crash_between_sending_and_marking_sent_resends_the_same_event_instead_of_losing_it() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Relay Ward")).when().post("/wards").then().statusCode(201);
        TopicReader kafka = new TopicReader(bootstrapServers);
        // the relay has sent the event and committed "published" (until then, resetting the mark races with it)
        awaitNothingPending(code);
        ConsumerRecord<String, String> first = kafka.await("directory.wards", r -> code.equals(r.key()), Duration.ofSeconds(20));

        // The broker acknowledged, but the relay's "mark as published" never committed (process killed).
        int reset = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "update outbox_message set published_at = null where message_key = ?1").setParameter(1, code).executeUpdate());
        assertEquals(1, reset);
        // relays here, or (when a drain is running already) makes that drain go round again
        relay.relayPending();
        awaitNothingPending(code);

        // published again means on the topic: the relay marks a row only after the broker acknowledged it
        List<ConsumerRecord<String, String>> copies = kafka.readToEnd("directory.wards", r -> code.equals(r.key()));
        assertEquals(2, copies.size(), "the event is published again after the crash, once");
        assertEquals(first.offset(), copies.get(0).offset(), "the first copy is the one published before the crash");
        assertTrue(copies.get(1).offset() > first.offset(), "the second copy is a new record, after the first");
        assertEquals(TopicReader.header(first, "ce_id"), TopicReader.header(copies.get(1), "ce_id"),
                "with the same event id, so consumers recognise the redelivery");
    }

    @Test
    void an_event_is_published_only_when_the_change_it_announces_commits() {
        String code = "X" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            wards.create(new WardRequest(code, "Rolled Back Ward"));
            throw new IllegalStateException("the business transaction fails after writing");
        }));
        relay.relayPending();

        long stored = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where message_key = ?1").setParameter(1, code).getSingleResult()).longValue()
                + ((Number) entityManager.createNativeQuery("select count(*) from ward where code = ?1")
                        .setParameter(1, code).getSingleResult()).longValue());
        assertEquals(0, stored, "neither the ward nor its event was stored");
        // everything the relay had to publish is on the topic now, and none of it is about the rolled-back ward
        await().atMost(Duration.ofSeconds(30)).until(() -> pending(null) == 0);
        assertTrue(new TopicReader(bootstrapServers).readToEnd("directory.wards", r -> code.equals(r.key())).isEmpty());
    }

    /** Casework does not linger: a published row is deleted once it has been on Kafka for the keep period (PT1H). */
    @Test
    void a_published_row_is_pruned_after_the_keep_period_and_not_before() {
        String code = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Pruned Ward")).when().post("/wards").then().statusCode(201);
        awaitNothingPending(code);
        pruner.prune();
        assertEquals(1, rows(code), "kept within the hour after publication");
        try {
            clock.advance(Duration.ofMinutes(61));
            assertTrue(pruner.prune() >= 1);
            assertEquals(0, rows(code), "gone once it has been on Kafka for more than the keep period");
        } finally {
            clock.reset();
        }
        assertEquals(1, new TopicReader(bootstrapServers).readToEnd("directory.wards", r -> code.equals(r.key())).size(),
                "pruning touches the outbox only, not what was published");
    }

    private long rows(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where message_key = ?1").setParameter(1, key).getSingleResult()).longValue());
    }

    /** Waits until the relay has published every outbox row for {@code key} and committed that it did. */
    private void awaitNothingPending(String key) {
        await().alias("the outbox rows for " + key + " are published").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50)).until(() -> pending(key) == 0);
    }

    /** Outbox rows not yet published: for {@code key}, or all of them when null. */
    private long pending(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery("select count(*) from outbox_message where published_at is null"
                    + (key == null ? "" : " and message_key = ?1"));
            if (key != null) {
                query.setParameter(1, key);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }
}
