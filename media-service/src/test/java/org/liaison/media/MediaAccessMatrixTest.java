package org.liaison.media;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.quarkus.AccessMatrixContract;

/**
 * Who may call what on media-service (docs/access.md): release drafts are read by the communications team, the chief
 * executive and members' services only; the communications team writes and moves them; the communications team or the
 * chief executive disputes one and the chief executive decides (MR-9); members' services and admins keep the
 * elections. Releases and elections are nobody's own, so no row tells own from other.
 */
@QuarkusTest
class MediaAccessMatrixTest extends AccessMatrixContract {

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    /** The matrix, also read by the hostile-input test to find a caller who is let in. */
    static final String MATRIX = """
            operation                              | councillor | officer | members-services | comms | chief-executive | monitoring-officer | admin | none
            GET /releases                          | 403        | 403     | ok               | ok    | ok              | 403                | 403   | 403
            POST /releases                         | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            GET /releases/{id}                     | 403        | 403     | ok               | ok    | ok              | 403                | 403   | 403
            PUT /releases/{id}                     | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            POST /releases/check                   | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            POST /releases/{id}/check              | 403        | 403     | ok               | ok    | ok              | 403                | 403   | 403
            GET /releases/{id}/history             | 403        | 403     | ok               | ok    | ok              | 403                | 403   | 403
            POST /releases/{id}/submit             | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            POST /releases/{id}/approve            | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            POST /releases/{id}/request-changes    | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            POST /releases/{id}/dispute            | 403        | 403     | 403              | ok    | ok              | 403                | 403   | 403
            POST /releases/{id}/decide             | 403        | 403     | 403              | 403   | ok              | 403                | 403   | 403
            POST /releases/{id}/withdraw           | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            POST /releases/{id}/issue              | 403        | 403     | 403              | ok    | 403             | 403                | 403   | 403
            GET /elections                         | 403        | 403     | ok               | ok    | ok              | 403                | ok    | 403
            POST /elections                        | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /elections/{id}                    | 403        | 403     | ok               | ok    | ok              | 403                | ok    | 403
            PUT /elections/{id}                    | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            DELETE /elections/{id}                 | 403        | 403     | ok               | 403   | 403             | 403                | ok    | 403
            POST /media-events                     | 403        | 403     | 403              | ok    | 403             | 403                | ok    | 403
            GET /council-profile                   | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            GET /me                                | ok         | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            """;

    @Override
    protected String matrix() {
        return MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        String release = ReleaseRulesTest.create(ReleaseRulesTest.release(Map.of())).then().statusCode(201).extract().path("id");
        String ward = directory.ward("E05" + java.util.UUID.randomUUID().toString().substring(0, 5).toUpperCase());
        String election = given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("name", "By-election for the access matrix", "noticePublishedOn", "2031-03-01",
                        "pollingDay", "2031-04-10", "scope", "WARDS", "wardCodes", List.of(ward)))
                .when().post("/elections").then().statusCode(201).extract().path("id");
        return Map.of("releases:id", release, "elections:id", election);
    }

    @Override
    protected String caller(String role, Whose whose) {
        return role + "-caller";
    }
}
