package org.liaison.media;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.liaison.media.ReleaseRulesTest.COMMS;
import static org.liaison.media.ReleaseRulesTest.councillorQuote;
import static org.liaison.media.ReleaseRulesTest.create;
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

/**
 * media-service on seed 001's council profile (P3, 001 §39): "the Leader and/or Cabinet Members ..., Chairmen of
 * Scrutiny and Regulatory Committees and ... the Mayor or Deputy Mayor" about ceremonial events only. On liaison-default
 * (ReleaseRulesTest) any committee's chair and the Mayor are quoted on any release.
 */
@QuarkusTest
@TestProfile(CouncilProfile001MediaTest.Profile001.class)
class CouncilProfile001MediaTest {

    public static class Profile001 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "001");
        }
    }

    static final LocalDate ELECTED = LocalDate.parse("2024-05-16");

    @Inject
    TestClock clock;

    DirectoryFeed directory;
    String tag;

    @BeforeEach
    void setUp() {
        clock.set(ReleaseRulesTest.DRAFTING);
        directory = new DirectoryFeed();
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @AfterEach
    void suiteTimeAgain() {
        clock.reset();
    }

    @Tag("MR-1")
    @Test
    void MR_1_only_chairs_of_scrutiny_and_regulatory_committees_are_quoted_as_directory_committees_says() {
        String scrutiny = directory.committee("OSC" + tag, "SCRUTINY");
        String allotments = directory.committee("ALT" + tag, "OTHER");
        String scrutinyChair = directory.chair("Cllr Ivy Nye " + tag, scrutiny, ELECTED);
        String allotmentsChair = directory.chair("Cllr Rob Ash " + tag, allotments, ELECTED);
        submit(release(Map.of("quotes", List.of(councillorQuote(scrutinyChair, "Residents told us what matters."))))).then()
                .statusCode(200).body("status", equalTo("IN_REVIEW"));
        submit(release(Map.of("quotes", List.of(councillorQuote(allotmentsChair, "Growing your own should be affordable.")))))
                .then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("MR-1"))
                .body("detail", containsString("chair of ALT" + tag + " (kind OTHER)"));

        // the directory changes the committee's kind, then removes the other: media-service follows each record
        directory.committee(allotments, "REGULATORY");
        submit(release(Map.of("quotes", List.of(councillorQuote(allotmentsChair, "Growing your own should be affordable.")))))
                .then().statusCode(200);
        directory.removeCommittee(scrutiny);
        submit(release(Map.of("quotes", List.of(councillorQuote(scrutinyChair, "Residents told us what matters."))))).then()
                .statusCode(422).body("ruleId", equalTo("MR-1"))
                .body("detail", containsString("not a committee the directory has published"));
        directory.removeCommittee(scrutiny); // a second tombstone changes nothing
        submit(release(Map.of("contacts", List.of(Map.of("personType", "COUNCILLOR", "personId", scrutinyChair,
                "text", "07700 900125"))))).then().statusCode(422).body("ruleId", equalTo("MR-2"));
    }

    @Tag("MR-1")
    @Test
    void MR_1_the_mayor_is_quoted_only_on_a_release_marked_ceremonial() {
        String mayor = directory.councillor("Cllr May Hart " + tag, null, "MAYOR", ELECTED, null);
        submit(release(Map.of("quotes", List.of(councillorQuote(mayor, "A fair settlement."))))).then().statusCode(422)
                .contentType("application/problem+json").body("ruleId", equalTo("MR-1"))
                .body("detail", containsString("quoted only on a release about a ceremonial event"));
        Map<String, Object> civicService = release(Map.of("title", "Mayor's civic service at St Mary's", "ceremonial", true,
                "quotes", List.of(councillorQuote(mayor, "Everyone is welcome."))));
        Response created = create(civicService);
        created.then().statusCode(201).body("ceremonial", equalTo(true))
                .body("ruleReport.findings.ruleId", not(hasItem("MR-1")));
        String id = created.path("id");
        given().auth().oauth2(COMMS).when().get("/releases/" + id).then().statusCode(200).body("ceremonial", equalTo(true));
        // no longer marked ceremonial: the Mayor's quote is reported again
        civicService.put("ceremonial", false);
        given().auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", created.header("ETag"))
                .body(civicService).when().put("/releases/" + id).then().statusCode(200).body("ceremonial", equalTo(false))
                .body("ruleReport.findings.find { it.ruleId == 'MR-1' }.level", equalTo("BLOCK"));
    }

    @Test
    void the_profile_in_force_is_shown_with_its_media_settings_enforced() {
        given().auth().oauth2(COMMS).when().get("/council-profile").then().statusCode(200)
                .body("name", equalTo("001"))
                .body("settings.find { it.key == 'media.quotable-committee-chairs' }.value", equalTo(List.of("SCRUTINY",
                        "REGULATORY")))
                .body("settings.find { it.key == 'media.quotable-committee-chairs' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'media.ceremonial-only-roles' }.enforced", equalTo(true));
    }
}
