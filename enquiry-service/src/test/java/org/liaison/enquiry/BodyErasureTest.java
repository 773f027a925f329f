package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.enquiry.retention.BodyErasure;

/**
 * UK GDPR storage limitation: the text of an enquiry and of its reply is erased once the enquiry has been closed for
 * longer than the council profile's {@code casework.answered-body-retention} (liaison-default: P730D), the erasure is
 * recorded, an open enquiry keeps its text however old, and the SLA report still counts what was erased.
 */
@QuarkusTest
class BodyErasureTest {

    private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    BodyErasure erasure;

    @Inject
    EntityManager entityManager;

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String key;
    private String area;
    private String councillor;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private void arrange() {
        String director = directory.officer("Rhea Director", "DIRECTOR", null);
        String head = directory.officer("Rory Head", "HEAD_OF_SERVICE", director);
        key = directory.officer("Remy Key", "SERVICE_MANAGER", head);
        area = directory.serviceArea(key, head, director);
        councillor = directory.councillor("Cllr Rita Retain", null, List.of());
    }

    private String raise(Instant at) {
        clock.set(at);
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Fly-tipping", "body", "Mr Y at 9 Mill Lane saw who dumped it", "serviceAreaCode", area,
                        "category", "WARD_ISSUE"))
                .when().post("/enquiries").then().statusCode(201).extract().path("id");
    }

    private String raiseAndAnswer(Instant at) {
        String id = raise(at);
        clock.set(at.plus(Duration.ofHours(2)));
        given().auth().oauth2(DevTokens.mint(key, "officer")).contentType(ContentType.JSON)
                .body(Map.of("body", "It is cleared; Mr Y's account went to enforcement.")).when().post("/enquiries/" + id + "/reply")
                .then().statusCode(200);
        return id;
    }

    private JsonPath read(String id) {
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(200).extract().jsonPath();
    }

    private boolean[] nullInTheDatabase(String id) {
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select body is null, reply_body is null from enquiry where id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult());
        return new boolean[] {(Boolean) row[0], (Boolean) row[1]};
    }

    @Test
    void an_answered_body_is_kept_within_the_retention_period_and_erased_after_it_and_the_erasure_recorded() {
        arrange();
        String old = raiseAndAnswer(T0);
        String recent = raiseAndAnswer(T0.plus(Duration.ofDays(700)));
        Instant now = T0.plus(Duration.ofDays(731));
        clock.set(now);

        erasure.eraseNow();

        JsonPath erased = read(old);
        assertNull(erased.get("body"));
        assertNull(erased.get("reply.body"));
        Instant erasedAt = Instant.parse(erased.getString("bodyErasedAt"));
        assertTrue(!erasedAt.isBefore(now) && erasedAt.isBefore(now.plus(Duration.ofMinutes(5))), "the clock's time: " + erasedAt);
        assertEquals("ANSWERED", erased.getString("status"));
        Instant answeredAt = Instant.parse(erased.getString("reply.answeredAt"));
        assertTrue(!answeredAt.isBefore(T0.plus(Duration.ofHours(2))) && answeredAt.isBefore(T0.plus(Duration.ofHours(3))),
                "metadata stays: answered at " + answeredAt);
        assertEquals(key, erased.getString("assignedOfficerId"));
        assertEquals("Fly-tipping", erased.getString("subject"));
        boolean[] nulls = nullInTheDatabase(old);
        assertTrue(nulls[0] && nulls[1], "the text is NULL in the database, not an empty string");

        JsonPath audit = given().auth().oauth2(DevTokens.mint("admin-1", "admin")).queryParam("enquiryId", old)
                .when().get("/casework-audit").then().statusCode(200).extract().jsonPath();
        assertEquals(1, audit.getInt("total"));
        assertEquals("ERASED_BY_RETENTION", audit.getString("items[0].action"));
        assertEquals("system", audit.getString("items[0].by"));
        assertEquals("retention period P730D", audit.getString("items[0].allowedAs"));
        assertEquals(List.of("ENQUIRY", "REPLY"), audit.getList("items[0].bodies"));

        read(recent);
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + recent).then()
                .body("body", equalTo("Mr Y at 9 Mill Lane saw who dumped it"))
                .body("reply.body", equalTo("It is cleared; Mr Y's account went to enforcement."))
                .body("bodyErasedAt", nullValue());

        erasure.eraseNow();
        assertEquals(1, given().auth().oauth2(DevTokens.mint("admin-1", "admin")).queryParam("enquiryId", old)
                .when().get("/casework-audit").then().extract().jsonPath().getInt("total"), "erased once, recorded once");
    }

    @Test
    void a_declined_and_disputed_requests_free_text_is_erased_with_its_body_and_the_decline_stays_on_record() {
        arrange();
        String chiefExecutive = directory.officer("Rhona Chief", "CHIEF_EXECUTIVE", null);
        clock.set(T0);
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Complaints data", "body", "How many complaints did Mrs Z of 4 Mill Lane make?",
                        "serviceAreaCode", area, "category", "INFORMATION"))
                .when().post("/enquiries").then().statusCode(201).extract().path("id");
        clock.set(T0.plus(Duration.ofHours(2)));
        given().auth().oauth2(DevTokens.mint(key, "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "LEGAL", "explanation", "Mrs Z's complaints are her personal data."))
                .when().post("/enquiries/" + id + "/decline").then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("grounds", "Mrs Z asked me to find out.")).when().post("/enquiries/" + id + "/dispute")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(chiefExecutive, "officer")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "UPHELD", "explanation", "Mrs Z can ask for her own data."))
                .when().post("/enquiries/" + id + "/dispute-decision").then().statusCode(200);
        clock.set(T0.plus(Duration.ofDays(731)));

        erasure.eraseNow();

        JsonPath erased = read(id);
        assertNotNull(erased.get("bodyErasedAt"));
        assertNull(erased.get("body"));
        assertEquals("DECLINED", erased.getString("status"));
        assertEquals("LEGAL", erased.getString("decline.reason"), "the decline stays on record");
        assertEquals("UPHELD", erased.getString("decline.disputeOutcome"));
        assertNull(erased.get("decline.explanation"));
        assertNull(erased.get("decline.disputeGrounds"));
        assertNull(erased.get("decline.disputeExplanation"));
        assertEquals(List.of("ENQUIRY", "DECLINE"), given().auth().oauth2(DevTokens.mint("admin-1", "admin"))
                .queryParam("enquiryId", id).when().get("/casework-audit").then().statusCode(200).extract().jsonPath()
                .getList("items.find { it.action == 'ERASED_BY_RETENTION' }.bodies"));
    }

    @Test
    void an_open_enquiry_is_never_erased_however_old() {
        arrange();
        String open = raise(T0);
        clock.set(T0.plus(Duration.ofDays(2000)));

        erasure.eraseNow();

        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + open).then()
                .statusCode(200).body("body", equalTo("Mr Y at 9 Mill Lane saw who dumped it")).body("bodyErasedAt", nullValue());
        assertEquals(false, nullInTheDatabase(open)[0]);
    }

    @Test
    void the_retention_period_in_force_is_shown_at_council_profile() {
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).when().get("/council-profile").then()
                .statusCode(200)
                .body("settings.find { it.key == 'casework.answered-body-retention' }.value", equalTo("P730D"))
                .body("settings.find { it.key == 'casework.answered-body-retention' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'casework.answered-body-retention' }.enforcement",
                        org.hamcrest.Matchers.containsString("BodyErasure"));
    }

    @Test
    void the_sla_report_still_counts_an_erased_enquiry() {
        arrange();
        String old = raiseAndAnswer(T0);
        clock.set(T0.plus(Duration.ofDays(731)));
        erasure.eraseNow();
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + old).then()
                .body("bodyErasedAt", notNullValue());

        JsonPath report = given().auth().oauth2(DevTokens.mint("ms-1", "members-services"))
                .when().get("/sla/report?from=2025-03-01&to=2025-03-31&groupBy=serviceArea").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> row = report.getMap("rows.find { it.group == '" + area + "' }");
        assertEquals(1, row.get("received"));
        assertEquals(1, row.get("answeredInTime"));
        assertEquals(100.0f, ((Number) row.get("compliancePercent")).floatValue());
    }
}
