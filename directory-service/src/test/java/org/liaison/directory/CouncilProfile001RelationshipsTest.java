package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * DIR-5 on seed 001's profile (P9, 001 §4): a councillor tells "their Group Leader, the Chief Executive and the
 * Monitoring Officer", an officer tells their head of service and the monitoring officer. So the councillor's group
 * leader and the officer's head of service read that relationship in the register; another group's leader, another
 * head of service and the two people in it do not (on liaison-default nobody but the keepers reads it:
 * DirectoryRulesTest).
 */
@QuarkusTest
@TestProfile(CouncilProfile001RelationshipsTest.Seed001.class)
class CouncilProfile001RelationshipsTest {

    public static class Seed001 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "001");
        }
    }

    @Inject
    TestClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    private static String group() {
        String code = DirectoryApi.unique("G");
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Group " + code)).when().post("/groups").then().statusCode(201);
        return code;
    }

    private String councillorIn(String group, boolean leadsIt) {
        String email = DirectoryApi.email("member");
        List<Map<String, Object>> roles = leadsIt
                ? List.of(Map.of("role", "GROUP_LEADER", "from", today().minusYears(1).toString()))
                : List.of();
        return given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr " + email, "email", email, "groupCode", group,
                        "wardCodes", List.of(DirectoryApi.ward()), "roles", roles))
                .when().post("/councillors").then().statusCode(201).extract().path("id");
    }

    @Tag("DIR-5")
    @Test
    void DIR_5_the_councillors_group_leader_and_the_officers_head_of_service_read_the_relationship() {
        String green = group();
        String labour = group();
        String member = councillorIn(green, false);
        String greenLeader = councillorIn(green, true);
        String labourLeader = councillorIn(labour, true);
        String[] housing = DirectoryApi.serviceArea();
        String[] planning = DirectoryApi.serviceArea();
        String officer = DirectoryApi.officer(DirectoryApi.email("relative"), "OFFICER",
                Map.of("serviceAreaCodes", List.of(housing[0])));
        String notes = "Married " + DirectoryApi.unique("N");
        String id = given().auth().oauth2(DevTokens.mint("mo-1", "monitoring-officer")).contentType(ContentType.JSON)
                .body(Map.of("councillorId", member, "officerId", officer, "kind", "FAMILY",
                        "declaredOn", today().minusMonths(1).toString(), "declaredTo", "Monitoring Officer",
                        "notes", notes))
                .when().post("/relationships").then().statusCode(201).extract().path("id");

        for (String reader : List.of(DevTokens.mint(greenLeader, "councillor"), DevTokens.mint(housing[2], "officer"))) {
            given().auth().oauth2(reader).when().get("/relationships?size=500").then().statusCode(200)
                    .body("items.id", hasItem(id)).body("items.notes", hasItem(notes));
        }
        for (String other : List.of(DevTokens.mint(labourLeader, "councillor"), DevTokens.mint(planning[2], "officer"),
                DevTokens.mint(member, "councillor"), DevTokens.mint(officer, "officer"),
                DevTokens.mint(housing[1], "officer"))) {
            given().auth().oauth2(other).when().get("/relationships?size=500").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
    }
}
