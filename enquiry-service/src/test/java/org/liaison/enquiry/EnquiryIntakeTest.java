package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
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

/** Intake and routing on real PostgreSQL and Kafka, with the directory arriving over Kafka as in production. */
@QuarkusTest
class EnquiryIntakeTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_an_enquiry_explains_its_own_due_date_day_by_day_and_shows_a_holding_replys_new_date() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Ada Price", null, List.of());
        clock.set(Instant.parse("2026-12-21T10:00:00Z")); // the SPEC's example: Monday 21 December, 10:00
        String id = raise(councillor, area, null).then().statusCode(201)
                .body("dueAt", equalTo("2026-12-30T17:00:00Z")).extract().path("id");

        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id + "/due-date-explanation")
                .then().statusCode(200)
                .body("countedFromWhat", equalTo("received"))
                .body("dueAt", equalTo("2026-12-30T17:00:00Z"))
                .body("days.find { it.date == '2026-12-25' }.reason", equalTo("bank holiday: Christmas"))
                .body("days.find { it.date == '2026-12-28' }.reason", equalTo("bank holiday: Boxing Day (substitute day)"))
                .body("days.find { it.date == '2026-12-30' }.workingDay", equalTo(5));

        given().auth().oauth2(DevTokens.mint(key, "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Waiting for the contractor", "newTargetDate", "2027-01-06"))
                .when().post("/enquiries/" + id + "/holding-reply").then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(key, "officer")).when().get("/enquiries/" + id + "/due-date-explanation")
                .then().statusCode(200)
                .body("calculatedDueAt", equalTo("2026-12-30T17:00:00Z"))
                .body("holdingReply.reason", equalTo("Waiting for the contractor"))
                .body("holdingReply.newDueAt", equalTo("2027-01-06T17:00:00Z"))
                .body("dueAt", equalTo("2027-01-06T17:00:00Z"));
        given().auth().oauth2(DevTokens.mint("someone-else", "councillor")).when()
                .get("/enquiries/" + id + "/due-date-explanation").then().statusCode(403);
    }

    private Response raise(String councillorId, String serviceArea, String officerId) {
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Fly-tipping behind the library",
                "body", "Residents report rubbish dumped behind Abbey Library since Monday.", "serviceAreaCode", serviceArea,
                "category", "WARD_ISSUE"));
        if (officerId != null) {
            body.put("officerId", officerId);
        }
        return given().auth().oauth2(DevTokens.mint(councillorId, "councillor"))
                .contentType(ContentType.JSON).body(body).when().post("/enquiries");
    }

    @Tag("ENQ-4")
    @Tag("ENQ-1")
    @Test
    void ENQ_4_an_enquiry_goes_to_the_key_contact_and_ENQ_1_gets_its_due_date_from_the_clock() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Ada Price", null, List.of());

        Response created = raise(councillor, area, null);
        created.then().statusCode(201)
                .body("reference", matchesPattern("ENQ-\\d{4}-\\d{6}"))
                .body("assignedOfficerId", equalTo(key))
                .body("routingReason", containsString("key contact"));
        String receivedAt = created.path("receivedAt");
        given().when().get("/calendar/due?receivedAt=" + receivedAt + "&workingDays=5")
                .then().body("dueAt", equalTo(created.path("dueAt")));

        ConsumerRecord<String, String> event = new TopicReader(bootstrapServers)
                .await("enquiry.events", r -> created.path("id").equals(r.key()), Duration.ofSeconds(20));
        assertEquals("liaison.enquiry.received.v1", TopicReader.header(event, "ce_type").orElseThrow());
        assertTrue(event.value().contains("\"assignedOfficerName\":\"Kim Key\""), event.value());
        assertTrue(!event.value().contains("Residents report"), "the body never travels on Kafka");
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("liaison_events_total{type=\"liaison.enquiry.received.v1\"}"));
    }

    @Tag("ENQ-4")
    @Test
    void ENQ_4_an_absent_key_contact_passes_to_the_head_of_service_and_a_conflicted_one_to_the_director() {
        // Received Tuesday 15 June 2027 at 00:30 BST, still Monday 14 June in UTC: absences count on the council's date.
        clock.set(Instant.parse("2027-06-14T23:30:00Z"));
        OfficerRecord.Absence awayFromTheDayReceived = new OfficerRecord.Absence(LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 18));
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director, awayFromTheDayReceived);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head, awayFromTheDayReceived);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Ben Okafor", null, List.of());
        raise(councillor, area, null).then().statusCode(201)
                .body("assignedOfficerId", equalTo(director))
                .body("routingReason", containsString("unavailable on 2027-06-15"));

        String head2 = directory.officer("Hope Head", "HEAD_OF_SERVICE", director);
        String key2 = directory.officer("Kit Key", "SERVICE_MANAGER", head2);
        String area2 = directory.serviceArea(key2, head2, director);
        String related = directory.councillor("Cllr Cara Singh", null, List.of());
        directory.conflict(related, key2);
        raise(related, area2, null).then().statusCode(201).body("assignedOfficerId", equalTo(head2))
                .body("routingReason", not(containsString("relationship")));
    }

    @Tag("ENQ-5")
    @Test
    void ENQ_5_a_junior_officer_can_be_named_only_when_already_handling_an_open_enquiry_of_the_councillor() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String junior = directory.officer("Jo Junior", "OFFICER", key);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Dev Patel", null, List.of());

        raise(councillor, area, junior).then().statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("ENQ-5"));
        raise(councillor, area, head).then().statusCode(201).body("assignedOfficerId", equalTo(head));

        // once the junior officer handles an open enquiry of this councillor (as a key contact here), naming them is fine
        String juniorsArea = directory.serviceArea(junior, head, director);
        raise(councillor, juniorsArea, null).then().statusCode(201).body("assignedOfficerId", equalTo(junior));
        raise(councillor, area, junior).then().statusCode(201).body("assignedOfficerId", equalTo(junior))
                .body("routingReason", containsString("named by the councillor"));
    }

    @Test
    void a_councillor_sees_only_their_own_enquiries_and_confidential_casework_bodies_stay_with_those_handling_it() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Eve North", null, List.of());
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor"))
                .contentType(ContentType.JSON).body(Map.of("subject", "Housing case", "body", "Mrs X at 4 High St ...",
                        "serviceAreaCode", area, "category", "CASEWORK", "constituentConfidential", true))
                .when().post("/enquiries").then().statusCode(201).extract().path("id");

        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("body", equalTo("Mrs X at 4 High St ..."));
        given().auth().oauth2(DevTokens.mint("another-councillor", "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint(head, "officer")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("body", equalTo("Mrs X at 4 High St ..."));
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("subject", equalTo("Housing case")).body("body", nullValue());
    }

    @Test
    void bad_enquiries_are_refused_naming_the_field_and_only_councillors_raise_them() {
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "serviceAreaCode", "HOUS", "category", "CASEWORK"))
                .when().post("/enquiries").then().statusCode(403);
        given().auth().oauth2(DevTokens.mint("cllr", "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "serviceAreaCode", "HOUS", "category", "GOSSIP"))
                .when().post("/enquiries").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("category"));
        given().auth().oauth2(DevTokens.mint("cllr", "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "", "body", "y", "serviceAreaCode", "HOUS", "category", "CASEWORK"))
                .when().post("/enquiries").then().statusCode(400).body("errors[0].field", equalTo("subject"));
    }
}
