package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;

@QuarkusTest
class DueDateRecalculationTest {

    private static final String ADMIN = DevTokens.mint("admin-1", "admin");

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_a_closure_day_added_later_moves_the_due_date_of_open_enquiries_and_the_change_is_recorded() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Liam Murphy", null, List.of());
        clock.set(Instant.parse("2027-04-12T09:00:00Z")); // Monday 10:00 BST: due Monday 19 April 17:00 BST
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor"))
                .contentType(ContentType.JSON).body(Map.of("subject", "Bins not collected", "body", "Mill Lane, again.",
                        "serviceAreaCode", area, "category", "WARD_ISSUE")).when().post("/enquiries")
                .then().statusCode(201).body("dueAt", equalTo("2027-04-19T16:00:00Z")).extract().path("id");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Election count"))
                .when().put("/calendar/closure-days/2027-04-14").then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(200)
                .body("dueAt", equalTo("2027-04-20T16:00:00Z"))
                .body("dueDateChanges[0].previousDueAt", equalTo("2027-04-19T16:00:00Z"))
                .body("dueDateChanges[0].reason", containsString("closure day 2027-04-14 added: Election count"));

        given().auth().oauth2(ADMIN).when().delete("/calendar/closure-days/2027-04-14").then().statusCode(204);
        given().auth().oauth2(DevTokens.mint(councillor, "councillor")).when().get("/enquiries/" + id)
                .then().statusCode(200).body("dueAt", equalTo("2027-04-19T16:00:00Z"))
                .body("dueDateChanges.size()", equalTo(2));
    }
}
