package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;
import org.liaison.events.notify.MatterDelivered;

/** The release workflow with If-Match, history, disputes (MR-9) and the issue gate (MR-8), on real PG and Kafka. */
@QuarkusTest
class ReleaseWorkflowTest {

    static final String COMMS = ReleaseRulesTest.COMMS;
    static final String CHIEF = DevTokens.mint("chief-exec-1", "chief-executive");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    /** Drafted on 1 June 2027 for issue on 10 June, as in {@link ReleaseRulesTest}. */
    @BeforeEach
    void drafting() {
        clock.set(ReleaseRulesTest.DRAFTING);
    }

    @AfterEach
    void suiteTimeAgain() {
        clock.reset();
    }

    @Test
    void changes_carry_the_version_they_were_made_against_412_when_stale_428_without() {
        Response created = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of()));
        created.then().statusCode(201).header("ETag", "\"1\"");
        String id = created.path("id");
        Map<String, Object> edit = ReleaseRulesTest.release(Map.of("title", "Recycling centre: opening day"));
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).body(edit).when().put("/releases/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(edit)
                .when().put("/releases/" + id).then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(edit)
                .when().put("/releases/" + id).then().statusCode(412).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).body(Map.of("title", "")).header("If-Match", "\"2\"")
                .when().put("/releases/" + id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint("cllr-1", "councillor")).when().get("/releases/" + id).then().statusCode(403);
        // "*" matches any version, so it protects nothing: refused, saying to send the version read
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", "*").body(edit)
                .when().put("/releases/" + id).then().statusCode(428).contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match")).body("detail", containsString("now 2"));
        step(id, "*", "submit", Map.of()).then().statusCode(428).body("errors[0].field", equalTo("If-Match"));
    }

    @Tag("MR-9")
    @Test
    void MR_9_only_the_communications_team_or_the_chief_executive_disputes_a_release_and_only_officers_of_those_read_drafts() {
        Response created = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of()));
        String id = created.path("id");
        String etag = step(id, created.header("ETag"), "submit", Map.of()).then().statusCode(200).extract().header("ETag");
        etag = step(id, etag, "approve", Map.of()).then().statusCode(200).extract().header("ETag");
        Map<String, Object> why = Map.of("why", "I do not like it");
        for (String token : List.of(DevTokens.mint("officer-1", "officer"), DevTokens.mint("ms-1", "members-services"),
                DevTokens.mint("admin-1", "admin"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(why)
                    .when().post("/releases/" + id + "/dispute").then().statusCode(403).contentType("application/problem+json");
        }
        for (String token : List.of(DevTokens.mint("officer-1", "officer"), DevTokens.mint("admin-1", "admin"))) {
            given().auth().oauth2(token).when().get("/releases/" + id).then().statusCode(403);
            given().auth().oauth2(token).when().get("/releases").then().statusCode(403);
        }
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).when().get("/releases/" + id).then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).header("If-Match", etag).body(why)
                .when().post("/releases/" + id + "/dispute").then().statusCode(200).body("status", equalTo("DISPUTED"));
    }

    @Tag("MR-8")
    @Test
    void MR_8_a_release_about_wards_is_issued_only_after_every_ward_councillor_was_told_and_the_lead_time_passed()
            throws Exception {
        String ward = new DirectoryFeed().ward("E05W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        clock.set(Instant.parse("2027-06-01T09:00:00Z"));
        Response created = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of("wardCodes", List.of(ward),
                "plannedIssueAt", "2027-06-03T09:00:00Z")));
        String id = created.path("id");
        String etag = step(id, created.header("ETag"), "submit", Map.of()).header("ETag");
        etag = step(id, etag, "request-changes", Map.of("why", "Say when it opens.")).then().statusCode(200)
                .body("status", equalTo("DRAFT")).extract().header("ETag");
        etag = given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", etag)
                .body(ReleaseRulesTest.release(Map.of("wardCodes", List.of(ward), "plannedIssueAt", "2027-06-03T09:00:00Z",
                        "body", "The new recycling centre on Mill Lane opens at 8am on 10 June.")))
                .when().put("/releases/" + id).then().statusCode(200).extract().header("ETag");
        etag = step(id, etag, "submit", Map.of()).header("ETag");
        etag = step(id, etag, "approve", Map.of()).then().statusCode(200).body("status", equalTo("APPROVED"))
                .extract().header("ETag");

        ConsumerRecord<String, String> approved = new TopicReader(bootstrapServers).await("media.events",
                r -> id.equals(r.key()) && TopicReader.header(r, "ce_type").orElse("").equals("liaison.media.release-approved.v1"),
                Duration.ofSeconds(30));
        assertTrue(approved.value().contains("\"wardCodes\":[\"" + ward + "\"]"), approved.value());

        step(id, etag, "issue", Map.of()).then().statusCode(422).body("ruleId", equalTo("MR-8"));
        Instant told = Instant.parse("2027-06-01T09:05:00Z");
        new TopicReader(bootstrapServers).publish("notify.deliveries", UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                MatterDelivered.TYPE, json.writeValueAsString(new MatterDelivered(UUID.randomUUID().toString(), "PRESS_RELEASE",
                        id, List.of(ward), List.of(new MatterDelivered.Recipient("c1", "Cllr Ada Price", told, "<m1@liaison>")),
                        told)));
        awaitWardsTold(id, told);
        step(id, etag, "issue", Map.of()).then().statusCode(422).body("ruleId", equalTo("MR-8")); // lead time: 24 hours
        clock.set(Instant.parse("2027-06-02T09:06:00Z"));
        step(id, etag, "issue", Map.of()).then().statusCode(200).body("status", equalTo("ISSUED"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("liaison_events_total{type=\"liaison.media.release-issued.v1\"}"));

        given().auth().oauth2(COMMS).when().get("/releases/" + id + "/history").then().statusCode(200)
                .body("to", contains("DRAFT", "IN_REVIEW", "DRAFT", "IN_REVIEW", "APPROVED", "ISSUED"))
                .body("[2].why", equalTo("Say when it opens."))
                .body("[5].role", equalTo("comms"));
    }

    @Tag("MR-9")
    @Test
    void MR_9_a_disagreement_about_content_is_decided_by_the_chief_executive_only() {
        Response created = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of()));
        String id = created.path("id");
        String etag = step(id, created.header("ETag"), "submit", Map.of()).header("ETag");
        step(id, etag, "dispute", Map.of()).then().statusCode(400); // say what it is about
        etag = step(id, etag, "dispute", Map.of("why", "The head of service says the opening date is not confirmed."))
                .then().statusCode(200).body("status", equalTo("DISPUTED")).extract().header("ETag");
        step(id, etag, "decide", Map.of("decision", "APPROVED", "why", "Fine.")).then().statusCode(403);
        // liaison-default names the chief executive: the monitoring officer neither decides nor reads the release
        String monitoringOfficer = DevTokens.mint("mo-1", "monitoring-officer");
        given().auth().oauth2(monitoringOfficer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decision", "APPROVED", "why", "Fine.")).when().post("/releases/" + id + "/decide")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(monitoringOfficer).when().get("/releases/" + id).then().statusCode(403);
        given().auth().oauth2(monitoringOfficer).when().get("/releases?status=DISPUTED").then().statusCode(403);
        given().auth().oauth2(CHIEF).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decision", "REJECTED", "why", "Wait until the date is confirmed."))
                .when().post("/releases/" + id + "/decide").then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(COMMS).when().get("/releases/" + id + "/history").then()
                .body("find { it.to == 'REJECTED' }.role", equalTo("chief-executive"));
    }

    @Test
    void an_edit_after_approval_sends_the_release_back_to_draft() {
        Response created = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of()));
        String id = created.path("id");
        String etag = step(id, created.header("ETag"), "submit", Map.of()).header("ETag");
        etag = step(id, etag, "approve", Map.of()).header("ETag");
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", etag)
                .body(ReleaseRulesTest.release(Map.of("title", "Changed after approval"))).when().put("/releases/" + id)
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        String last = given().auth().oauth2(COMMS).when().get("/releases/" + id + "/history").then().extract().path("[-1].why");
        assertEquals("edited after approval", last);
    }

    private static Response step(String id, String etag, String action, Map<String, Object> body) {
        return given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().post("/releases/" + id + "/" + action);
    }

    /** Waits until media-service has applied ward-notify's delivery report to the release. */
    private static void awaitWardsTold(String id, Instant told) {
        await().alias("the delivery report reaches release " + id).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> given().auth().oauth2(COMMS).when().get("/releases/" + id).path("wardsToldAt") != null);
        given().auth().oauth2(COMMS).when().get("/releases/" + id).then().body("wardsToldAt", equalTo(told.toString()));
    }
}
