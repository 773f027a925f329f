package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * The directory's audit trail: every change says who made it, when, which fields changed and the record before and
 * after; the monitoring officer and admins read it, nobody else (docs/access.md).
 */
@QuarkusTest
class DirectoryAuditTrailTest {

    private static final String ADMIN = DevTokens.mint("admin-auditor", "admin");

    @Test
    @SuppressWarnings("unchecked")
    void a_change_of_line_manager_is_kept_with_who_when_and_the_record_before_and_after() {
        String manager = DirectoryApi.officer(DirectoryApi.email("manager"), "HEAD_OF_SERVICE");
        String officer = DirectoryApi.officer(DirectoryApi.email("caseworker"), "OFFICER");
        Map<String, Object> changed = given().auth().oauth2(ADMIN).when().get("/officers/" + officer).then().statusCode(200)
                .extract().as(Map.class);
        changed.put("lineManagerId", manager);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(changed).when().put("/officers/" + officer)
                .then().statusCode(200);

        String mo = DevTokens.mint("mo-1", "monitoring-officer");
        given().auth().oauth2(mo).when().get("/directory-changes?kind=officer&key=" + officer).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[0].by", equalTo("admin-auditor"))
                .body("items[0].changedFields", contains("lineManagerId"))
                .body("items[0].before.lineManagerId", nullValue())
                .body("items[0].after.lineManagerId", equalTo(manager))
                .body("items[0].at", org.hamcrest.Matchers.notNullValue())
                .body("items[1].by", equalTo("ms-officer-1"))
                .body("items[1].before", nullValue())
                .body("items[1].changedFields", hasItem("email"));
        for (String role : new String[] {"members-services", "chief-executive", "officer", "councillor", "comms"}) {
            given().auth().oauth2(DevTokens.mint(role + "-1", role)).when().get("/directory-changes")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void a_deleted_councillor_is_kept_as_it_was() {
        String ward = DirectoryApi.ward();
        String councillor = DirectoryApi.councillor(DirectoryApi.email("leaving"), ward);
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().delete("/councillors/" + councillor).then().statusCode(204);
        given().auth().oauth2(ADMIN).when().get("/directory-changes?kind=councillor&key=" + councillor).then().statusCode(200)
                .body("items[0].after", nullValue())
                .body("items[0].before.wardCodes", contains(ward))
                .body("items[0].by", equalTo("ms-officer-1"));
    }
}
