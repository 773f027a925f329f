package org.liaison.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.TopicReader;

/** The idempotent consumer and dead-letter handling, on a real broker. */
@QuarkusTest
class DirectoryReplicaConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void a_redelivered_event_is_recognised_by_its_id_and_not_applied_again() {
        DirectoryFixture directory = new DirectoryFixture(bootstrapServers);
        String ward = directory.ward("Priory");
        String councillorId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        directory.councillor(eventId, councillorId, "Cllr Dee Hart", "dee@members.council.example", ward);
        DirectoryFixture.awaitReplica(ward, 1);

        // Same event id again, different content: only a redelivery can look like this, so it must change nothing.
        RecordMetadata redelivery = new TopicReader(bootstrapServers).publish("directory.councillors", councillorId, eventId,
                "liaison.directory.councillor.v1", "{\"id\":\"" + councillorId + "\",\"displayName\":\"Cllr Dee Hart\","
                        + "\"email\":\"changed@members.council.example\",\"wardCodes\":[\"" + ward + "\"],\"status\":\"ACTIVE\"}");
        new TopicReader(bootstrapServers).awaitConsumed("ward-notify-service", redelivery, Duration.ofSeconds(30));

        assertEquals(List.of("dee@members.council.example"), DirectoryFixture.replicaEmails(ward));
    }

    @Tag("DIR-6")
    @Test
    void DIR_6_a_tombstone_removes_the_councillor_from_the_replica() {
        DirectoryFixture directory = new DirectoryFixture(bootstrapServers);
        String ward = directory.ward("Leaving Ward");
        String councillorId = UUID.randomUUID().toString();
        directory.councillor(UUID.randomUUID().toString(), councillorId, "Cllr Gone Soon", "gone@members.council.example", ward);
        DirectoryFixture.awaitReplica(ward, 1);

        new TopicReader(bootstrapServers).publish("directory.councillors", councillorId, UUID.randomUUID().toString(),
                "liaison.directory.councillor-deleted.v1", null);
        DirectoryFixture.awaitReplica(ward, 0);
    }

    @Test
    void a_record_that_is_not_a_liaison_cloud_event_goes_to_the_dead_letter_topic_and_consumption_goes_on() {
        String key = "poison-" + UUID.randomUUID();
        TopicReader kafka = new TopicReader(bootstrapServers);
        kafka.publishRaw("directory.councillors", key, "{\"this\": \"has no ce_id header\"}");

        ConsumerRecord<String, String> dead = kafka.await("directory.councillors.dlq", r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertEquals("{\"this\": \"has no ce_id header\"}", dead.value());

        DirectoryFixture directory = new DirectoryFixture(bootstrapServers);
        String ward = directory.ward("After Poison");
        directory.councillor(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "Cllr Eve North",
                "eve@members.council.example", ward);
        DirectoryFixture.awaitReplica(ward, 1);
    }
}
