package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.TopicReader;

@QuarkusTest
class MediaEventTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    @AfterEach
    void suiteTimeAgain() {
        clock.reset();
    }

    @Tag("MR-11")
    @Test
    void MR_11_a_media_event_with_councillors_invites_a_representative_of_every_political_group() {
        clock.set(ReleaseRulesTest.DRAFTING); // the event is arranged on 1 June 2027 for 10 June
        DirectoryFeed directory = new DirectoryFeed();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String mayor = directory.councillor("Cllr Ada Price " + tag, "A" + tag, "MAYOR", LocalDate.parse("2026-05-20"), null);
        String leaderB = directory.councillor("Cllr Ben Okafor " + tag, "B" + tag, "GROUP_LEADER", LocalDate.parse("2024-05-16"), null);
        String memberC = directory.councillor("Cllr Cara Singh " + tag, "C" + tag, null, null, null);
        directory.group("A" + tag, "Group A " + tag, mayor);
        directory.group("B" + tag, "Group B " + tag, leaderB);
        directory.group("C" + tag, "Group C " + tag, null); // no leader recorded: a member represents it

        String id = given().auth().oauth2(ReleaseRulesTest.COMMS).contentType(ContentType.JSON)
                .body(Map.of("title", "Opening of the recycling centre", "at", "2027-06-10T08:00:00Z",
                        "councillorIds", List.of(mayor)))
                .when().post("/media-events").then().statusCode(201)
                .body("invited.councillorId", hasItems(mayor, leaderB, memberC))
                .body("invited.find { it.councillorId == '" + leaderB + "' }.why", equalTo("representative of Group B " + tag))
                .extract().path("id");
        ConsumerRecord<String, String> arranged = new TopicReader(bootstrapServers).await("media.events",
                r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(TopicReader.header(arranged, "ce_type").orElseThrow().equals("liaison.media.media-event-arranged.v1"));
        assertTrue(arranged.value().contains(memberC), arranged.value());

        given().auth().oauth2(ReleaseRulesTest.COMMS).contentType(ContentType.JSON)
                .body(Map.of("title", "x", "at", "2027-06-10T08:00:00Z", "councillorIds", List.of("nobody")))
                .when().post("/media-events").then().statusCode(422).body("errors[0].field", equalTo("councillorIds[0]"));
    }
}
