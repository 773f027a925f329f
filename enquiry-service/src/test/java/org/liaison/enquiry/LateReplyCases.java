package org.liaison.enquiry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;


/**
 * What the response-standard tests share (ENQ-1, P1): an enquiry raised at the suite's stated "now", and a reply sent
 * after its due date by moving the test clock a day past it, so every expectation follows from the service's own
 * due date.
 */
abstract class LateReplyCases {

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Raised(String id, String councillor, String officer, Instant dueAt) {
    }

    Raised raise() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Grace Adeyemi", null, List.of());
        var created = given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Flooding on Station Road", "body", "The drain overflows when it rains.",
                        "serviceAreaCode", area, "category", "WARD_ISSUE")).when().post("/enquiries");
        created.then().statusCode(201);
        return new Raised(created.path("id"), councillor, key, Instant.parse(created.path("dueAt")));
    }

    /** A holding reply (ENQ-7) moving the due date to the first working day the service offers. */
    Instant holdingReply(Raised enquiry) {
        String date = given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer"))
                .when().get("/enquiries/" + enquiry.id() + "/holding-reply-dates").then().statusCode(200)
                .extract().path("dates[0]");
        return Instant.parse(given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Waiting for the drainage contractor's survey", "newTargetDate",
                        LocalDate.parse(date).toString()))
                .when().post("/enquiries/" + enquiry.id() + "/holding-reply").then().statusCode(200)
                .extract().<String>path("dueAt"));
    }

    /** Moves the clock a day past {@code dueAt}. */
    void pastDue(Instant dueAt) {
        clock.set(dueAt.plus(Duration.ofDays(1)));
    }

    Response reply(Raised enquiry, String lateExplanation) {
        Map<String, Object> body = new HashMap<>(Map.of("body", "The drain was cleared on 9 March."));
        if (lateExplanation != null) {
            body.put("lateExplanation", lateExplanation);
        }
        return given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries/" + enquiry.id() + "/reply");
    }

    Response read(Raised enquiry) {
        return given().auth().oauth2(DevTokens.mint(enquiry.councillor(), "councillor")).when()
                .get("/enquiries/" + enquiry.id());
    }

}
