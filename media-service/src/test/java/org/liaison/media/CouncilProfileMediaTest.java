package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.media.ReleaseRulesTest.COMMS;
import static org.liaison.media.ReleaseRulesTest.councillorQuote;
import static org.liaison.media.ReleaseRulesTest.release;
import static org.liaison.media.ReleaseRulesTest.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * media-service on a council profile unlike liaison-default in what it enforces (src/test/resources/
 * a-different-media-protocol.yaml): quotable roles LEADER and OPPOSITION_SPOKESPERSON (P3), MR-3 off (P4), MR-5 and
 * MR-6 off (P5). Each expectation is the opposite of what ReleaseRulesTest proves on liaison-default.
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

    @Test
    void the_profile_in_force_is_shown() {
        given().auth().oauth2(COMMS).when().get("/council-profile").then().statusCode(200)
                .body("name", equalTo("a-different-media-protocol"))
                .body("settings.find { it.key == 'media.no-party-affiliation-in-quotes' }.value", equalTo(false))
                .body("settings.find { it.key == 'media.quotable-committee-chairs' }.enforced", equalTo(true));
    }
}
