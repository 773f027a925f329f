package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.media.ReleaseRulesTest.COMMS;
import static org.liaison.media.ReleaseRulesTest.release;
import static org.liaison.media.ReleaseRulesTest.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * media-service on seed 000's council profile (P6, 000 §23.14(e)): "from notice of an election in the council's area"
 * every release is covered by MR-7 (media.pre-election.scope: COUNCIL_AREA). On liaison-default (ReleaseRulesTest) a
 * by-election covers only the releases about its wards.
 */
@QuarkusTest
@TestProfile(CouncilProfile000MediaTest.Profile000.class)
class CouncilProfile000MediaTest {

    public static class Profile000 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "000");
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

    @Tag("MR-7")
    @Test
    void MR_7_a_by_election_covers_every_release_of_the_council_not_only_those_about_its_ward() {
        String ward = directory.ward("E05" + tag);
        String other = directory.ward("E05Y" + tag);
        // 2032: no other test's election period is in force then
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("name", "By-election " + tag, "noticePublishedOn", "2032-03-01", "pollingDay", "2032-04-08",
                        "scope", "WARDS", "wardCodes", List.of(ward)))
                .when().post("/elections").then().statusCode(201);
        String during = "2032-03-18T10:00:00Z";
        submit(release(Map.of("wardCodes", List.of(other), "controversial", true, "plannedIssueAt", during))).then()
                .statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("MR-7"))
                .body("detail", containsString("covers every release of the council"));
        submit(release(Map.of("controversial", true, "plannedIssueAt", during))).then().statusCode(422)
                .body("ruleId", equalTo("MR-7")); // a release about no ward at all
        submit(release(Map.of("controversial", true, "plannedIssueAt", "2032-04-09T10:00:00Z"))).then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")); // the day after polling day
    }

    @Test
    void the_profile_in_force_is_shown_with_its_pre_election_scope_enforced() {
        given().auth().oauth2(COMMS).when().get("/council-profile").then().statusCode(200)
                .body("name", equalTo("000"))
                .body("settings.find { it.key == 'media.pre-election.scope' }.value", equalTo("COUNCIL_AREA"))
                .body("settings.find { it.key == 'media.pre-election.scope' }.enforced", equalTo(true));
    }
}
