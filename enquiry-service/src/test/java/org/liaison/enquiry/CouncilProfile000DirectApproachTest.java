package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;

/**
 * enquiry-service on seed 000's profile: "Councillors should generally restrict their discussion on strategic or
 * significant issues to more senior officers, for example heads of service or team leaders" (§23.4), so
 * lowest-seniority TEAM_LEADER and applies-to STRATEGIC_OR_SIGNIFICANT_ISSUES. An ordinary enquiry may name any
 * officer; a strategic or significant one may name a team leader or above only. On liaison-default (EnquiryIntakeTest)
 * an ordinary enquiry naming an OFFICER is refused, and on 003 (CouncilProfile003EnquiryHandlingTest) only a routine
 * service query may.
 */
@QuarkusTest
@TestProfile(CouncilProfile000DirectApproachTest.Seed000.class)
class CouncilProfile000DirectApproachTest {

    public static class Seed000 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "000");
        }
    }

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    private static Response raise(String councillor, String area, String officer, String significance) {
        Map<String, Object> body = new HashMap<>(Map.of("subject", "The town centre regeneration plan", "body",
                "What does the plan mean for the market?", "serviceAreaCode", area, "category", "POLICY",
                "officerId", officer));
        if (significance != null) {
            body.put("significance", significance);
        }
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries");
    }

    @Tag("ENQ-5")
    @Test
    void ENQ_5_an_ordinary_enquiry_may_name_an_officer_a_strategic_or_significant_one_only_a_team_leader_or_above() {
        String director = directory.officer("Dora Director", "DIRECTOR", null);
        String head = directory.officer("Hank Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kat Key", "SERVICE_MANAGER", head);
        String teamLeader = directory.officer("Tom Leader", "TEAM_LEADER", key);
        String officer = directory.officer("Olu Officer", "OFFICER", teamLeader);
        String area = directory.serviceArea(key, head, director);

        String strategic = directory.councillor("Cllr Sita Rao", null, List.of());
        raise(strategic, area, officer, "STRATEGIC_OR_SIGNIFICANT").then().statusCode(422)
                .contentType("application/problem+json").body("ruleId", equalTo("ENQ-5"))
                .body("detail", containsString("strategic or significant issues go to officers at team leader level or above"));
        raise(strategic, area, teamLeader, "STRATEGIC_OR_SIGNIFICANT").then().statusCode(201)
                .body("assignedOfficerId", equalTo(teamLeader));

        String ordinary = directory.councillor("Cllr Ben Hart", null, List.of());
        String id = raise(ordinary, area, officer, "ORDINARY").then().statusCode(201)
                .body("assignedOfficerId", equalTo(officer)).extract().path("id");
        given().auth().oauth2(DevTokens.mint(ordinary, "councillor")).when().get("/enquiries/" + id).then()
                .statusCode(200).body("significance", equalTo("ORDINARY"));

        // an enquiry that does not say what kind of issue it is is ordinary
        String unsaid = directory.councillor("Cllr Ann Low", null, List.of());
        String unsaidId = raise(unsaid, area, officer, null).then().statusCode(201)
                .body("assignedOfficerId", equalTo(officer)).extract().path("id");
        given().auth().oauth2(DevTokens.mint(unsaid, "councillor")).when().get("/enquiries").then().statusCode(200)
                .body("items.find { it.id == '" + unsaidId + "' }.significance", equalTo("ORDINARY"));
    }

    @Test
    void both_direct_approach_settings_of_000_are_shown_as_enforced() {
        given().auth().oauth2(DevTokens.mint(directory.councillor("Cllr Kit Moss", null, List.of()), "councillor"))
                .when().get("/council-profile").then().statusCode(200)
                .body("settings.find { it.key == 'enquiries.direct-approach.applies-to' }.value",
                        equalTo("STRATEGIC_OR_SIGNIFICANT_ISSUES"))
                .body("settings.find { it.key == 'enquiries.direct-approach.applies-to' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'enquiries.direct-approach.exceptions' }.enforced", equalTo(true));
    }
}
