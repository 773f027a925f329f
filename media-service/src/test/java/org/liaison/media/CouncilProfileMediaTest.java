package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.liaison.media.ReleaseRulesTest.COMMS;
import static org.liaison.media.ReleaseRulesTest.councillorQuote;
import static org.liaison.media.ReleaseRulesTest.release;
import static org.liaison.media.ReleaseRulesTest.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * media-service on a council profile unlike liaison-default in what it enforces (src/test/resources/
 * a-different-media-protocol.yaml): quotable roles LEADER and OPPOSITION_SPOKESPERSON (P3), MR-3 off (P4), MR-5 and
 * MR-6 off (P5), the monitoring officer deciding disputed releases (P7; no seed names one, so no seed profile differs).
 * Each expectation is the opposite of what ReleaseRulesTest and ReleaseWorkflowTest prove on liaison-default.
 */
@QuarkusTest
@TestProfile(CouncilProfileMediaTest.ADifferentMediaProtocol.class)
class CouncilProfileMediaTest {

    public static class ADifferentMediaProtocol implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "src/test/resources/a-different-media-protocol.yaml");
        }
    }

    @Inject
    TestClock clock;

    DirectoryFeed directory;
    String tag;

    @BeforeEach
    void setUp() {
        clock.set(ReleaseRulesTest.DRAFTING);
        directory = new DirectoryFeed();
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    @AfterEach
    void suiteTimeAgain() {
        clock.reset();
    }

    @Tag("MR-1")
    @Test
    void MR_1_the_profiles_quotable_roles_decide_who_may_be_quoted() {
        String cabinet = directory.councillor("Cllr Ada Price " + tag, null, "CABINET_MEMBER", LocalDate.parse("2024-05-16"), null);
        String spokesperson = directory.councillor("Cllr Ben Okafor " + tag, null, "OPPOSITION_SPOKESPERSON",
                LocalDate.parse("2024-05-16"), null);
        submit(release(Map.of("quotes", List.of(councillorQuote(cabinet, "We are delighted."))))).then().statusCode(422)
                .contentType("application/problem+json").body("ruleId", equalTo("MR-1"));
        submit(release(Map.of("quotes", List.of(councillorQuote(spokesperson, "Good news."))))).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW"));
    }

    @Tag("MR-3")
    @Test
    void MR_3_applies_only_when_the_profile_says_so() {
        String leader = directory.councillor("Cllr Finn Patel " + tag, null, "LEADER", LocalDate.parse("2024-05-16"), null);
        submit(release(Map.of("quotes", List.of(councillorQuote(leader, "As Labour leader I welcome this.")), "body", "Councillor Finn Patel " + tag + ", Leader of the Council (Lab), said the "
                + "centre would open in June."))).then().statusCode(200).body("status", equalTo("IN_REVIEW"));
    }

    @Tag("MR-5")
    @Tag("MR-6")
    @Test
    void MR_5_MR_6_apply_only_when_the_profile_says_so() {
        String leader = directory.councillor("Cllr Gil Moss " + tag, null, "LEADER", LocalDate.parse("2024-05-16"), null);
        Map<String, Object> before = Map.of("title", "Cabinet", "date", "2027-06-15", "timing", "BEFORE");
        submit(release(Map.of("meeting", before, "quotes", List.of(councillorQuote(leader, "I expect approval."))))).then()
                .statusCode(200);
        Map<String, Object> after = Map.of("title", "Planning Committee", "date", "2027-06-08", "timing", "AFTER",
                "discussedItems", List.of("Abbey Road crossing", "Depot extension"));
        submit(release(Map.of("meeting", after))).then().statusCode(200);
    }

    @Tag("MR-9")
    @Test
    void MR_9_the_decider_the_profile_names_decides_a_disputed_release_and_reads_it_while_disputed() {
        String monitoringOfficer = DevTokens.mint("mo-1", "monitoring-officer");
        String chief = DevTokens.mint("chief-exec-1", "chief-executive");
        Response created = ReleaseRulesTest.create(release(Map.of("title", "Depot extension " + tag)));
        String id = created.path("id");
        given().auth().oauth2(monitoringOfficer).when().get("/releases/" + id).then().statusCode(403)
                .contentType("application/problem+json"); // not disputed: not theirs to read
        String etag = given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(Map.of("why", "The head of service says the date is not confirmed."))
                .when().post("/releases/" + id + "/dispute").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(monitoringOfficer).when().get("/releases").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.status", everyItem(equalTo("DISPUTED")));
        given().auth().oauth2(monitoringOfficer).when().get("/releases?status=DRAFT").then().statusCode(403);
        given().auth().oauth2(monitoringOfficer).when().get("/releases/" + id).then().statusCode(200)
                .body("status", equalTo("DISPUTED"));
        given().auth().oauth2(chief).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decision", "APPROVED", "why", "Fine.")).when().post("/releases/" + id + "/decide")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("monitoring-officer"));
        given().auth().oauth2(monitoringOfficer).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("decision", "REJECTED", "why", "Wait until the date is confirmed."))
                .when().post("/releases/" + id + "/decide").then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(COMMS).when().get("/releases/" + id + "/history").then()
                .body("find { it.to == 'REJECTED' }.role", equalTo("monitoring-officer"));
        given().auth().oauth2(monitoringOfficer).when().get("/releases/" + id).then().statusCode(403); // decided
    }

    @Test
    void the_profile_in_force_is_shown() {
        given().auth().oauth2(COMMS).when().get("/council-profile").then().statusCode(200)
                .body("name", equalTo("a-different-media-protocol"))
                .body("settings.find { it.key == 'media.no-party-affiliation-in-quotes' }.value", equalTo(false))
                .body("settings.find { it.key == 'media.quotable-committee-chairs' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'media.release-dispute-decider' }.value", equalTo("MONITORING_OFFICER"))
                .body("settings.find { it.key == 'media.release-dispute-decider' }.enforced", equalTo(true));
    }
}
