package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;

/**
 * Issue 11: every time enquiry-service hands someone the body of constituent-confidential casework, the casework audit
 * says who (and as what), when, through which operation and which body; a reader who is refused the body, and a read
 * of an enquiry that is not confidential casework, leave no row. {@code GET /casework-audit} is the monitoring officer's
 * and admins' (the other roles' refusals are rows of {@link EnquiryAccessMatrixTest}).
 */
@QuarkusTest
class CaseworkAuditTest {

    @Inject
    TestClock clock;

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String key;
    private String head;
    private String area;
    private String councillor;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void arrange() {
        String director = directory.officer("Dora Director", "DIRECTOR", null);
        head = directory.officer("Hector Head", "HEAD_OF_SERVICE", director);
        key = directory.officer("Kay Key", "SERVICE_MANAGER", head);
        area = directory.serviceArea(key, head, director);
        councillor = directory.councillor("Cllr Ada Audit", null, List.of());
    }

    private String raise(String category, boolean confidential) {
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Housing case", "body", "Mrs X at 4 High St is in arrears", "serviceAreaCode", area,
                        "category", category, "constituentConfidential", confidential))
                .when().post("/enquiries").then().statusCode(201).extract().path("id");
    }

    private JsonPath audit(String enquiryId) {
        return given().auth().oauth2(DevTokens.mint("mo-1", "monitoring-officer")).queryParam("enquiryId", enquiryId)
                .when().get("/casework-audit").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void every_read_of_a_confidential_body_is_recorded() {
        arrange();
        String id = raise("CASEWORK", true);
        Instant readAt = Instant.parse("2027-06-15T09:30:00Z");
        clock.set(readAt);
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("body", equalTo("Mrs X at 4 High St is in arrears"));

        JsonPath first = audit(id);
        assertEquals(1, first.getInt("total"), "one read of the body, one row");
        assertEquals(councillor, first.getString("items[0].by"));
        assertEquals("councillor: raised it", first.getString("items[0].allowedAs"));
        assertEquals("READ", first.getString("items[0].action"));
        assertEquals("GET /enquiries/{id}", first.getString("items[0].operation"));
        assertEquals(List.of("ENQUIRY"), first.getList("items[0].bodies"));
        Instant at = Instant.parse(first.getString("items[0].at"));
        assertTrue(!at.isBefore(readAt) && at.isBefore(readAt.plus(Duration.ofMinutes(5))), "the injected clock's time: " + at);

        given().auth().oauth2(DevTokens.mint(key, "officer")).contentType(ContentType.JSON)
                .body(Map.of("body", "The arrears are cleared.")).when().post("/enquiries/" + id + "/reply")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(head, "officer")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("reply.body", equalTo("The arrears are cleared."));

        JsonPath second = audit(id);
        assertEquals(2, second.getInt("total"), "the reply itself hands back no body; the head of service's read is the second row");
        assertEquals(head, second.getString("items[0].by"), "newest first");
        assertEquals("officer: line manager of its officer", second.getString("items[0].allowedAs"));
        assertEquals(List.of("ENQUIRY", "REPLY"), second.getList("items[0].bodies"));
        assertEquals(id, second.getString("items[0].enquiryId"));
    }

    @Test
    void a_reader_refused_the_body_leaves_no_row() {
        arrange();
        String id = raise("CASEWORK", true);
        String other = directory.councillor("Cllr Ben Other", null, List.of());
        given().auth().oauth2(DevTokens.mint(other, "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        // members' services read every enquiry, but not the body of confidential casework
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("body", nullValue());
        assertEquals(0, audit(id).getInt("total"));
    }

    @Test
    void a_read_of_an_enquiry_that_is_not_confidential_casework_leaves_no_row() {
        arrange();
        String notConfidential = raise("CASEWORK", false);
        String wardIssue = raise("WARD_ISSUE", true);
        for (String id : List.of(notConfidential, wardIssue)) {
            given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id)
                    .then().statusCode(200).body("body", equalTo("Mrs X at 4 High St is in arrears"));
            assertEquals(0, audit(id).getInt("total"), id);
        }
    }

    @Test
    void the_audit_refuses_an_enquiry_id_that_is_not_one() {
        given().auth().oauth2(DevTokens.mint("admin-1", "admin")).queryParam("enquiryId", "banana")
                .when().get("/casework-audit").then().statusCode(400).contentType("application/problem+json");
    }
}
