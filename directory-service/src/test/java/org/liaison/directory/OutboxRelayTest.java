package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void a_crash_between_sending_and_marking_sent_resends_the_same_event_instead_of_losing_it() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Relay Ward")).when().post("/wards").then().statusCode(201);
        TopicReader kafka = new TopicReader(bootstrapServers);
        ConsumerRecord<String, String> first = kafka.await("directory.wards", r -> code.equals(r.key()), Duration.ofSeconds(20));

        // The broker acknowledged, but the relay's "mark as published" never committed (process killed).
        int reset = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "update outbox_message set published_at = null where message_key = ?1").setParameter(1, code).executeUpdate());
        assertEquals(1, reset);
        relay.relayPending();

        List<ConsumerRecord<String, String>> copies = kafka.readFor("directory.wards", r -> code.equals(r.key()), Duration.ofSeconds(3));
        assertEquals(2, copies.size(), "the event is published again after the crash");
        assertEquals(TopicReader.header(first, "ce_id"), TopicReader.header(copies.get(1), "ce_id"),
                "with the same event id, so consumers recognise the redelivery");
        long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where message_key = ?1 and published_at is null")
                .setParameter(1, code).getSingleResult()).longValue());
        assertEquals(0, pending);
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
        assertTrue(new TopicReader(bootstrapServers).readFor("directory.wards", r -> code.equals(r.key()), Duration.ofSeconds(2)).isEmpty());
    }
}
