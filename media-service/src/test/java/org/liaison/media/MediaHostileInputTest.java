package org.liaison.media;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.quarkus.HostileInputContract;
import org.liaison.embedded.quarkus.OpenApiOperations;

/**
 * No input breaks media-service (issue 11 item 4; docs/input-limits.md): releases, elections and media events with
 * NUL, control characters, over-long text, dates outside the window and the wrong types, from a caller the access matrix
 * lets in ({@link MediaAccessMatrixTest#MATRIX}).
 */
@QuarkusTest
class MediaHostileInputTest extends HostileInputContract {

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String ward;

    @Override
    protected String matrix() {
        return MediaAccessMatrixTest.MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        String release = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of())).then().statusCode(201).extract().path("id");
        ward = directory.ward("E05" + java.util.UUID.randomUUID().toString().substring(0, 5).toUpperCase());
        String election = given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(election()).when().post("/elections").then().statusCode(201).extract().path("id");
        return Map.of("releases:id", release, "elections:id", election);
    }

    @Override
    protected String caller(String role) {
        return role + "-caller";
    }

    @Override
    protected Object validBody(OpenApiOperations.Operation operation, Map<String, String> values, Map<String, Object> schema) {
        return switch (operation.key()) {
            case "POST /releases", "PUT /releases/{id}", "POST /releases/check" -> ReleaseRulesTest.release(Map.of(
                    "quotes", List.of(Map.of("speakerType", "EXTERNAL", "name", "A Resident", "text", "Good news.\nReally.",
                            "factualAttested", false)),
                    "contacts", List.of(Map.of("personType", "EXTERNAL", "text", "Press office\n01234 567890")),
                    "wardCodes", List.of(ward)));
            case "POST /elections", "PUT /elections/{id}" -> election();
            default -> super.validBody(operation, values, schema);
        };
    }

    private Map<String, Object> election() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "By-election for the hostile-input test");
        body.put("noticePublishedOn", "2031-03-01");
        body.put("pollingDay", "2031-04-10");
        body.put("scope", "WARDS");
        body.put("wardCodes", List.of(ward));
        return body;
    }

    @Test
    void an_election_at_the_calendars_end_is_a_400() {
        ward = directory.ward("E05" + java.util.UUID.randomUUID().toString().substring(0, 5).toUpperCase());
        Map<String, Object> body = election();
        body.put("pollingDay", "+999999999-12-31");
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON).body(body)
                .when().post("/elections").then().statusCode(400).contentType("application/problem+json");
    }
}
