package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * Members' services keep the directory but cannot give themselves access to casework through it: an officer's line
 * manager and seniority, a service area's key contact, head of service and director, and imports of officers and
 * service areas are admins' (docs/access.md). Officers' absences are shown only to those who route work.
 */
@QuarkusTest
class DirectoryChangesAccessTest {

    private static final String ADMIN = DevTokens.mint("admin-1", "admin");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> officer(String id) {
        return given().auth().oauth2(ADMIN).when().get("/officers/" + id).then().statusCode(200).extract().as(Map.class);
    }

    private static io.restassured.response.ValidatableResponse put(String token, String path, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put(path).then();
    }

    @Test
    void members_services_cannot_make_themselves_an_officers_line_manager_an_admin_can() {
        String membersServicesOfficer = DirectoryApi.officer(DirectoryApi.email("ms"), "SERVICE_MANAGER");
        String caseworker = DirectoryApi.officer(DirectoryApi.email("caseworker"), "OFFICER");
        String ms = DevTokens.mint(membersServicesOfficer, "officer", "members-services");
        Map<String, Object> changed = officer(caseworker);
        changed.put("lineManagerId", membersServicesOfficer);

        put(ms, "/officers/" + caseworker, changed).statusCode(403).contentType("application/problem+json");
        Map<String, Object> promoted = officer(membersServicesOfficer);
        promoted.put("seniority", "CHIEF_EXECUTIVE");
        put(ms, "/officers/" + membersServicesOfficer, promoted).statusCode(403);
        given().auth().oauth2(ms).contentType(ContentType.JSON).body(Map.of("displayName", "New Starter",
                        "email", DirectoryApi.email("new"), "jobTitle", "Officer", "seniority", "OFFICER",
                        "lineManagerId", membersServicesOfficer))
                .when().post("/officers").then().statusCode(403);
        // everything else stays members' services' to keep
        Map<String, Object> retitled = officer(caseworker);
        retitled.put("jobTitle", "Senior caseworker");
        put(ms, "/officers/" + caseworker, retitled).statusCode(200).body("jobTitle", equalTo("Senior caseworker"));

        put(ADMIN, "/officers/" + caseworker, changed).statusCode(200).body("lineManagerId", equalTo(membersServicesOfficer));
    }

    @Test
    void members_services_cannot_change_who_takes_a_service_areas_enquiries_an_admin_can() {
        String[] area = DirectoryApi.serviceArea();
        String newcomer = DirectoryApi.officer(DirectoryApi.email("newcomer"), "SERVICE_MANAGER");
        Map<String, Object> renamed = Map.of("code", area[0], "name", "Renamed", "keyContactOfficerId", area[1],
                "headOfServiceId", area[2], "directorId", area[3]);
        Map<String, Object> newKeyContact = Map.of("code", area[0], "name", "Renamed", "keyContactOfficerId", newcomer,
                "headOfServiceId", area[2], "directorId", area[3]);

        put(DirectoryApi.MEMBERS_SERVICES, "/service-areas/" + area[0], newKeyContact).statusCode(403)
                .contentType("application/problem+json");
        put(DirectoryApi.MEMBERS_SERVICES, "/service-areas/" + area[0], renamed).statusCode(200);
        put(ADMIN, "/service-areas/" + area[0], newKeyContact).statusCode(200)
                .body("keyContactOfficerId", equalTo(newcomer));
    }

    @Test
    void members_services_cannot_import_officers_or_service_areas() {
        for (String kind : List.of("officers", "service-areas")) {
            given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType("text/csv").body("displayName\n")
                    .when().post("/imports?kind=" + kind).then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType("text/csv").body("code,name\n")
                .when().post("/imports?kind=wards").then().statusCode(not(equalTo(403)));
    }

    @Test
    void an_officers_absences_are_shown_only_to_those_who_route_work_and_the_officer() {
        String away = DirectoryApi.officer(DirectoryApi.email("away"), "OFFICER",
                Map.of("absences", List.of(Map.of("from", "2031-03-03", "to", "2031-03-07"))));
        String head = DirectoryApi.officer(DirectoryApi.email("head"), "HEAD_OF_SERVICE");
        String colleague = DirectoryApi.officer(DirectoryApi.email("colleague"), "OFFICER");
        for (String token : List.of(DevTokens.mint("cllr-1", "councillor"), DevTokens.mint("comms-1", "comms"),
                DevTokens.mint(colleague, "officer"), DevTokens.mint("mo-1", "monitoring-officer"))) {
            given().auth().oauth2(token).when().get("/officers/" + away).then().statusCode(200).body("absences", nullValue());
        }
        for (String token : List.of(DirectoryApi.MEMBERS_SERVICES, ADMIN, DevTokens.mint("ce-1", "chief-executive"),
                DevTokens.mint(head, "officer"), DevTokens.mint(away, "officer"))) {
            given().auth().oauth2(token).when().get("/officers/" + away).then().statusCode(200).body("absences", hasSize(1));
        }
    }
}
