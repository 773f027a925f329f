package org.liaison.enquiry;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.quarkus.AccessMatrixContract;

/**
 * Who may call what on enquiry-service (docs/access.md). The enquiry acted on is a councillor's constituent-confidential
 * Housing casework, routed to Housing's key contact. "own" is that councillor, and for an officer the Housing head of
 * service (the key contact's manager, who may handle and reassign it); "other" is another councillor, and Planning's
 * head of service, who may neither read it nor take it.
 */
@QuarkusTest
class EnquiryAccessMatrixTest extends AccessMatrixContract {

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String councillor;
    private String otherCouncillor;
    private String housingHead;
    private String planningHead;

    /** The matrix, also read by the hostile-input test to find a caller who is let in. */
    static final String MATRIX = """
            operation                                   | councillor        | officer           | members-services | comms | chief-executive | monitoring-officer | admin | none
            GET /enquiries                              | ok                | ok                | ok               | 403   | ok              | ok                 | ok    | 403
            POST /enquiries                             | ok                | 403               | 403              | 403   | 403             | 403                | 403   | 403
            GET /enquiries/{id}                         | own ok, other 403 | own ok, other 403 | ok               | 403   | ok              | ok                 | ok    | 403
            GET /enquiries/{id}/due-date-explanation    | own ok, other 403 | own ok, other 403 | ok               | 403   | ok              | ok                 | ok    | 403
            POST /enquiries/{id}/reply                  | 403               | own ok, other 403 | 403              | 403   | 403             | 403                | 403   | 403
            POST /enquiries/{id}/holding-reply          | 403               | own ok, other 403 | 403              | 403   | 403             | 403                | 403   | 403
            POST /enquiries/{id}/decline                | 403               | own ok, other 403 | 403              | 403   | 403             | 403                | 403   | 403
            POST /enquiries/{id}/reassign               | 403               | own ok, other 403 | ok               | 403   | ok              | 403                | 403   | 403
            GET /enquiries/{id}/reassign-candidates     | 403               | own ok, other 403 | ok               | 403   | ok              | 403                | 403   | 403
            GET /enquiries/{id}/holding-reply-dates     | 403               | own ok, other 403 | 403              | 403   | 403             | 403                | 403   | 403
            POST /enquiries/{id}/copy-consent           | own ok, other 403 | 403               | 403              | 403   | 403             | 403                | 403   | 403
            GET /enquiries/{id}/copy-consent            | own ok, other 403 | own ok, other 403 | ok               | 403   | ok              | ok                 | ok    | 403
            POST /enquiries/{id}/dispute                | own ok, other 403 | 403               | 403              | 403   | 403             | 403                | 403   | 403
            POST /enquiries/{id}/dispute-decision       | 403               | 403               | 403              | 403   | ok              | 403                | 403   | 403
            POST /enquiries/{id}/withdraw               | own ok, other 403 | 403               | 403              | 403   | 403             | 403                | 403   | 403
            GET /casework-audit                         | 403               | 403               | 403              | 403   | 403             | ok                 | ok    | 403
            GET /sla/report                             | 403               | 403               | ok               | 403   | ok              | 403                | ok    | 403
            GET /calendar/due                           | ok                | ok                | ok               | ok    | ok              | ok                 | ok    | 403
            GET /calendar/due/explanation               | ok                | ok                | ok               | ok    | ok              | ok                 | ok    | 403
            GET /calendar/closure-days                  | ok                | ok                | ok               | ok    | ok              | ok                 | ok    | 403
            PUT /calendar/closure-days/{day}            | 403               | 403               | ok               | 403   | 403             | 403                | ok    | 403
            DELETE /calendar/closure-days/{day}         | 403               | 403               | ok               | 403   | 403             | 403                | ok    | 403
            POST /calendar/bank-holidays                | 403               | 403               | 403              | 403   | 403             | 403                | ok    | 403
            GET /council-profile                        | ok                | ok                | ok               | ok    | ok              | ok                 | ok    | 403
            GET /me                                     | ok                | ok                | ok               | ok    | ok              | ok                 | ok    | 403
            """;

    @Override
    protected String matrix() {
        return MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        housingHead = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", housingHead);
        String housing = directory.serviceArea(key, housingHead, director);
        String planningDirector = directory.officer("Pat Director", "DIRECTOR", null);
        planningHead = directory.officer("Pia Head", "HEAD_OF_SERVICE", planningDirector);
        directory.serviceArea(directory.officer("Paz Key", "SERVICE_MANAGER", planningHead), planningHead, planningDirector);
        councillor = directory.councillor("Cllr Ada Price", null, List.of());
        otherCouncillor = directory.councillor("Cllr Ben Okafor", null, List.of());
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Housing case", "body", "Mrs X at 4 High St", "serviceAreaCode", housing,
                        "category", "CASEWORK", "constituentConfidential", true))
                .when().post("/enquiries").then().statusCode(201).extract().path("id");
        return Map.of("id", id, "day", "2031-03-03");
    }

    @Override
    protected String caller(String role, Whose whose) {
        return switch (role) {
            case "councillor" -> whose == Whose.OWN ? councillor : otherCouncillor;
            case "officer" -> whose == Whose.OWN ? housingHead : planningHead;
            default -> role + "-caller";
        };
    }
}
