package org.liaison.directory;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaison.embedded.quarkus.HostileInputContract;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.quarkus.OpenApiOperations;

/**
 * No input breaks directory-service (issue 11 item 4; docs/input-limits.md): names and titles refuse control
 * characters and line breaks (a display name with CR/LF and quotes was stored as given), dates stay in the window,
 * paging is bounded, and the CSV import refuses control characters; from a caller the access matrix lets in
 * ({@link DirectoryAccessMatrixTest#MATRIX}).
 */
@QuarkusTest
class DirectoryHostileInputTest extends HostileInputContract {

    private String ward;

    @Override
    protected String matrix() {
        return DirectoryAccessMatrixTest.MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        ward = DirectoryApi.ward();
        String councillor = DirectoryApi.councillor(DirectoryApi.email("hostile.input"), ward);
        String[] area = DirectoryApi.serviceArea();
        return Map.of("wards:code", ward, "service-areas:code", area[0], "councillors:id", councillor, "officers:id", area[1],
                "committees:code", DirectoryApi.committee("SCRUTINY"));
    }

    @Override
    protected String caller(String role) {
        return role + "-caller";
    }

    @Override
    protected Object validBody(OpenApiOperations.Operation operation, Map<String, String> values, Map<String, Object> schema) {
        Map<String, Object> body = new LinkedHashMap<>();
        switch (operation.key()) {
            case "POST /councillors", "PUT /councillors/{id}" -> {
                body.put("displayName", "Cllr Hostile Input");
                body.put("email", DirectoryApi.email("hostile"));
                body.put("wardCodes", List.of(ward));
                body.put("termStart", "2026-05-07");
                body.put("preferredContact", "EMAIL");
                return body;
            }
            case "POST /officers", "PUT /officers/{id}" -> {
                body.put("displayName", "Hostile Officer");
                body.put("email", DirectoryApi.email("hostile.officer"));
                body.put("jobTitle", "Officer");
                body.put("seniority", "OFFICER");
                body.put("absences", List.of(Map.of("from", "2027-01-04", "to", "2027-01-08")));
                return body;
            }
            case "POST /wards" -> {
                body.put("code", DirectoryApi.unique("W"));
                body.put("name", "Hostile Ward");
                return body;
            }
            default -> {
                return super.validBody(operation, values, schema);
            }
        }
    }

    @Test
    void a_display_name_with_cr_lf_and_quotes_is_refused_with_a_400_and_nothing_is_stored() {
        String ward = DirectoryApi.ward();
        int before = given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/councillors?size=1").then()
                .statusCode(200).extract().path("total");
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Ada\r\nBcc: all@aldermoor.example \"Price\"", "email", DirectoryApi.email("crlf"),
                        "wardCodes", List.of(ward)))
                .when().post("/councillors").then().statusCode(400).contentType("application/problem+json");
        int after = given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/councillors?size=1").then()
                .statusCode(200).extract().path("total");
        org.junit.jupiter.api.Assertions.assertEquals(before, after);
    }
}
