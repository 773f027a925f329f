package org.liaison.notify;

import static io.restassured.RestAssured.given;
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
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.TopicReader;
import org.liaison.events.CloudEventHeaders;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.events.directory.CouncillorRecord;

/** The idempotent consumer and dead-letter handling, on a real broker. */
@QuarkusTest
class DirectoryReplicaConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @Test
    void a_redelivered_event_is_recognised_by_its_id_and_not_applied_again() {
        String ward = directory.ward("Priory");
        CouncillorRecord dee = directory.publish(NotifyRecords.councillor("Cllr Dee Hart", "dee." + tag() + "@members.council.example", ward));
        assertEquals(List.of(dee.email()), replicaEmails(ward));

        // Same event id again, different content: only a redelivery can look like this, so it must change nothing.
        TopicReader kafka = new TopicReader(bootstrapServers);
        List<ConsumerRecord<String, String>> published = kafka.readToEnd(Topic.DIRECTORY_COUNCILLORS.topicName(),
                r -> dee.id().equals(r.key()));
        assertEquals(1, published.size(), "the fixture published the councillor once");
        String eventId = TopicReader.header(published.get(0), CloudEventHeaders.ID).orElseThrow();
        RecordMetadata redelivery = kafka.publish(Topic.DIRECTORY_COUNCILLORS.topicName(), dee.id(), eventId,
                EventType.COUNCILLOR_STATE, "{\"id\":\"" + dee.id() + "\",\"displayName\":\"Cllr Dee Hart\","
                        + "\"email\":\"changed@members.council.example\",\"wardCodes\":[\"" + ward + "\"],\"status\":\"ACTIVE\"}");
        kafka.awaitConsumed("ward-notify-service", redelivery, Duration.ofSeconds(30));

        assertEquals(List.of(dee.email()), replicaEmails(ward));
    }

    @Tag("DIR-6")
    @Test
    void DIR_6_a_tombstone_removes_the_councillor_from_the_replica() {
        String ward = directory.ward("Leaving Ward");
        CouncillorRecord leaving = directory.publish(NotifyRecords.councillor("Cllr Gone Soon",
                "gone." + tag() + "@members.council.example", ward));
        assertEquals(List.of(leaving.email()), replicaEmails(ward));

        directory.deleteCouncillor(leaving.id());
        assertEquals(List.of(), replicaEmails(ward));
    }

    @Test
    void a_record_that_is_not_a_liaison_cloud_event_goes_to_the_dead_letter_topic_and_consumption_goes_on() {
        String key = "poison-" + UUID.randomUUID();
        TopicReader kafka = new TopicReader(bootstrapServers);
        kafka.publishRaw(Topic.DIRECTORY_COUNCILLORS.topicName(), key, "{\"this\": \"has no ce_id header\"}");

        ConsumerRecord<String, String> dead = kafka.await(Topic.DIRECTORY_COUNCILLORS.deadLetterTopicName(),
                r -> key.equals(r.key()), Duration.ofSeconds(30));
        assertEquals("{\"this\": \"has no ce_id header\"}", dead.value());

        String ward = directory.ward("After Poison");
        CouncillorRecord eve = directory.publish(NotifyRecords.councillor("Cllr Eve North",
                "eve." + tag() + "@members.council.example", ward));
        assertEquals(List.of(eve.email()), replicaEmails(ward));
    }

    /** The ward's councillors as the replica lists them, through the service's own API. */
    static List<String> replicaEmails(String wardCode) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/wards/" + wardCode + "/councillors")
                .then().statusCode(200).extract().jsonPath().getList("email");
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
