package org.liaison.enquiry;

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
 * No input breaks enquiry-service (issue 11 item 4; docs/input-limits.md): the SLA report, the SLA clock and closure
 * days at the calendar's ends, paging past {@code int}, NUL in any text, and every field of every body, from a caller
 * the access matrix lets in ({@link EnquiryAccessMatrixTest#MATRIX}).
 */
@QuarkusTest
class EnquiryHostileInputTest extends HostileInputContract {

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String councillor;
    private String housingHead;
    private String housing;

    @Override
    protected String matrix() {
        return EnquiryAccessMatrixTest.MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        String director = directory.officer("Hana Director", "DIRECTOR", null);
        housingHead = directory.officer("Hugo Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kit Key", "SERVICE_MANAGER", housingHead);
        housing = directory.serviceArea(key, housingHead, director);
        councillor = directory.councillor("Cllr Hostile Input", null, List.of());
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(enquiry()).when().post("/enquiries").then().statusCode(201).extract().path("id");
        return Map.of("id", id, "day", "2031-03-04");
    }

    @Override
    protected String caller(String role) {
        return switch (role) {
            case "councillor" -> councillor;
            case "officer" -> housingHead;
            default -> role + "-caller";
        };
    }

    @Override
    protected Object validBody(OpenApiOperations.Operation operation, Map<String, String> values, Map<String, Object> schema) {
        return operation.key().equals("POST /enquiries") ? enquiry() : super.validBody(operation, values, schema);
    }

    private Map<String, Object> enquiry() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", "Broken streetlight");
        body.put("body", "The light outside 4 High St is out.\nIt has been for a week.");
        body.put("serviceAreaCode", housing);
        body.put("category", "WARD_ISSUE");
        body.put("constituentConfidential", false);
        body.put("doNotCopy", false);
        return body;
    }

    @Test
    void the_sla_report_the_sla_clock_and_closure_days_refuse_dates_at_the_calendars_ends_with_a_400() {
        String ms = DevTokens.mint("ms-hostile", "members-services");
        given().auth().oauth2(ms).queryParam("from", "0001-01-01").queryParam("to", "+999999999-12-31")
                .when().get("/sla/report").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ms).queryParam("receivedAt", "+999999999-12-31T10:00:00Z")
                .when().get("/calendar/due").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ms).queryParam("receivedAt", "0001-01-01T10:00:00Z")
                .when().get("/calendar/due/explanation").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(ms).contentType(ContentType.JSON).body(Map.of("reason", "Founders' day"))
                .when().put("/calendar/closure-days/{day}", "+999999999-12-31").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void paging_past_int_and_a_nul_in_a_query_value_are_a_400() {
        String ms = DevTokens.mint("ms-hostile", "members-services");
        given().auth().oauth2(ms).when().get("/enquiries?page=4294968&size=500").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(ms).queryParam("serviceArea", "a\u0000b").when().get("/enquiries").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_token_naming_a_250_character_subject_is_refused_not_a_500() {
        given().auth().oauth2(DevTokens.mint("x".repeat(250), "councillor")).when().get("/enquiries").then().statusCode(403)
                .contentType("application/problem+json");
    }
}
