package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;

/**
 * A release about a ward across the packaged suite: approved in media-service, its ward councillors emailed by
 * ward-notify-service (NTF-3), the delivery reported back over Kafka, and the issue allowed only after that and the
 * lead time (MR-8) — the clock moved, not waited for.
 */
class MediaReleaseIT extends MovingClockSuiteTest {

    private static final String COMMS = DevTokens.mint("comms-officer-1", "comms");



    @Tag("NTF-3")
    @Tag("MR-8")
    @Test
    void a_release_about_a_ward_is_issued_only_after_its_councillors_were_told_and_the_lead_time_passed() throws Exception {
        String admin = DevTokens.mint("system-test-admin", "admin");
        List<String> emails = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999006&size=10").then().statusCode(200).extract().path("items.email");
        suite.moveClockTo(Instant.parse("2027-09-06T09:00:00Z"));
        String media = suite.url("media-service");
        Response created = given().baseUri(media).auth().oauth2(COMMS).contentType(ContentType.JSON)
                .body(Map.of("title", "Play area reopens", "body", "The play area on Elm Road reopens after resurfacing.",
                        "purpose", "COUNCIL_BUSINESS", "wardCodes", List.of("E05999006"),
                        "plannedIssueAt", "2027-09-08T09:00:00Z"))
                .when().post("/releases");
        created.then().statusCode(201);
        String id = created.path("id");
        String etag = step(media, id, created.header("ETag"), "submit").then().statusCode(200).extract().header("ETag");
        etag = step(media, id, etag, "approve").then().statusCode(200).extract().header("ETag");

        for (String email : emails) {
            suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                    && SmtpServer.subjectOf(m).equals("Press release about your ward: Play area reopens"), Duration.ofSeconds(120));
        }
        await().alias("ward-notify reported the delivery back to media-service").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().baseUri(media).auth().oauth2(COMMS).when().get("/releases/" + id).<String>path("wardsToldAt"),
                        Objects::nonNull);
        step(media, id, etag, "issue").then().statusCode(422).body("ruleId", equalTo("MR-8")); // the lead time has not passed
        suite.moveClockTo(Instant.parse("2027-09-07T09:30:00Z"));
        step(media, id, etag, "issue").then().statusCode(200).body("status", equalTo("ISSUED"));
    }

    private static Response step(String media, String id, String etag, String action) {
        return given().baseUri(media).auth().oauth2(COMMS).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of())
                .when().post("/releases/" + id + "/" + action);
    }
}
