package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.TopicReader;
import org.liaison.events.directory.OfficerRecord;

/**
 * DIR-5 in enquiry-service: a declared relationship decides where an enquiry goes (ENQ-4, ENQ-5) but is told only to
 * the monitoring officer and the chief executive. Everyone else, the councillor included, reads a reason in which a
 * conflicted officer and an absent one look the same.
 */
@QuarkusTest
class ConflictSecrecyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private ValidatableResponse raise(String councillor, String area, String officerId) {
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Damp", "body", "Flat 3 is damp.",
                "serviceAreaCode", area, "category", "WARD_ISSUE"));
        if (officerId != null) {
            body.put("officerId", officerId);
        }
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries").then().statusCode(201);
    }

    private ValidatableResponse read(String id, String caller, String role) {
        return given().auth().oauth2(DevTokens.mint(caller, role)).when().get("/enquiries/" + id).then().statusCode(200);
    }

    @Tag("DIR-5")
    @Tag("ENQ-4")
    @Test
    void DIR_5_ENQ_4_the_routing_reason_names_a_relationship_only_to_the_monitoring_officer_and_chief_executive() {
        clock.set(Instant.parse("2027-06-15T09:00:00Z"));
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Cara Singh", null, List.of());
        directory.conflict(councillor, key);

        String id = raise(councillor, area, null).body("assignedOfficerId", equalTo(head))
                .body("routingReason", equalTo("Routed to the head of service of Area " + area
                        + " because the key contact (Kim Key) is unavailable on 2027-06-15"))
                .extract().path("id");

        read(id, councillor, "councillor").body("routingReason", not(containsString("relationship")))
                .body("restrictedRoutingReason", nullValue());
        read(id, head, "officer").body("routingReason", not(containsString("relationship")))
                .body("restrictedRoutingReason", nullValue());
        read(id, "ms-1", "members-services").body("routingReason", not(containsString("relationship")))
                .body("restrictedRoutingReason", nullValue());
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).when().get("/enquiries?councillor=" + councillor)
                .then().statusCode(200).body("items.routingReason", everyItem(not(containsString("relationship"))))
                .body("items.restrictedRoutingReason", everyItem(nullValue()));
        for (String role : List.of("monitoring-officer", "chief-executive")) {
            read(id, role + "-1", role).body("routingReason", not(containsString("relationship")))
                    .body("restrictedRoutingReason", containsString("the key contact (Kim Key) has a declared relationship with the councillor"));
        }
        ConsumerRecord<String, String> event = new TopicReader(bootstrapServers)
                .await("enquiry.events", r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertFalse(event.value().contains("relationship"), "the event ward-notify mails from names no relationship: " + event.value());
    }

    @Tag("DIR-5")
    @Tag("ENQ-4")
    @Tag("ENQ-5")
    @Test
    void ENQ_5_a_named_officer_with_a_declared_relationship_is_passed_over_like_an_absent_one_and_reads_the_same() {
        clock.set(Instant.parse("2027-06-15T09:00:00Z"));
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director,
                new OfficerRecord.Absence(LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 15)));
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String otherHead = directory.officer("Hope Head", "HEAD_OF_SERVICE", director);
        String otherArea = directory.serviceArea(key, otherHead, director);
        String related = directory.councillor("Cllr Dev Patel", null, List.of());
        String unrelated = directory.councillor("Cllr Eve North", null, List.of());
        directory.conflict(related, otherHead);

        // Hope Head has a declared relationship with the councillor who names her; Hal Head is away: both are passed over
        String conflicted = raise(related, otherArea, otherHead).body("assignedOfficerId", equalTo(key))
                .extract().path("routingReason");
        String absent = raise(unrelated, area, head).body("assignedOfficerId", equalTo(key))
                .extract().path("routingReason");
        assertEquals("Routed to the key contact of Area " + otherArea
                + " because the officer the councillor named (Hope Head) is unavailable on 2027-06-15", conflicted);
        assertEquals(absent.replace(area, otherArea).replace("Hal Head", "Hope Head"), conflicted,
                "a conflicted officer reads exactly like an absent one");
    }

    @Tag("DIR-5")
    @Test
    void DIR_5_an_enquiry_is_never_reassigned_to_an_officer_with_a_declared_relationship_and_the_refusal_does_not_say_why() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String colleague = directory.officer("Cat Colleague", "OFFICER", key);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Fay Odum", null, List.of());
        directory.conflict(councillor, colleague);
        String id = raise(councillor, area, null).extract().path("id");

        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("officerId", colleague, "reason", "She knows the site")).when().post("/enquiries/" + id + "/reassign")
                .then().statusCode(422).contentType("application/problem+json")
                .body(not(containsString("relationship")));
        read(id, "ms-1", "members-services").body("assignedOfficerId", equalTo(key));
    }
}
