package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.enquiry.chasing.EnquiryChaser;

/**
 * enquiry-service on a council profile unlike liaison-default in every setting it enforces (a council's own file,
 * src/test/resources/a-stricter-council.yaml): 3 working days (P1), HEAD_OF_SERVICE and no exception (P2), an 8-day
 * holding-reply cap and a 2/3/7 chase ladder (P13), close of business 16:00 and office hours from 08:30 (P14). Each
 * expectation below would fail on liaison-default's 5, SERVICE_MANAGER, 20, 1/2/5 and 17:00.
 */
@QuarkusTest
@TestProfile(CouncilProfileEnquiryTest.AStricterCouncil.class)
class CouncilProfileEnquiryTest {

    public static class AStricterCouncil implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "src/test/resources/a-stricter-council.yaml");
        }
    }

    @Inject
    TestClock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    EnquiryChaser chaser;

    @Inject
    EntityManager entityManager;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @BeforeEach
    void onlyTheTestChases() {
        scheduler.pause();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        scheduler.resume();
    }

    record Area(String code, String director, String head, String serviceManager, String junior) {
    }

    private Area area() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String manager = directory.officer("Sam Manager", "SERVICE_MANAGER", head);
        String junior = directory.officer("Jo Junior", "OFFICER", manager);
        return new Area(directory.serviceArea(manager, head, director), director, head, manager, junior);
    }

    private Response raise(String councillor, String area, String officer) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("subject", "Potholes on Mill Lane", "body",
                "Three deep ones.", "serviceAreaCode", area, "category", "WARD_ISSUE"));
        if (officer != null) {
            body.put("officerId", officer);
        }
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries");
    }

    private List<String> firedSteps(String enquiryId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select step from chase_step where enquiry_id = ?1 order by fired_at, step", String.class)
                .setParameter(1, UUID.fromString(enquiryId)).getResultList());
    }

    @Tag("ENQ-1")
    @Tag("ENQ-3")
    @Test
    void ENQ_1_ENQ_3_the_public_clock_counts_the_profiles_working_days_to_its_close_of_business() {
        // Mon 21 Dec 2026 10:00: day 0; 22, 23, 24 Dec are working days 1 to 3 (liaison-default: Wed 30 Dec 17:00)
        given().when().get("/calendar/due?receivedAt=2026-12-21T10:00:00Z").then().statusCode(200)
                .body("workingDays", equalTo(3)).body("dueAt", equalTo("2026-12-24T16:00:00Z"));
        // received at 16:30, after this council's close of business: day 0 is the next working day
        given().when().get("/calendar/due?receivedAt=2026-12-21T16:30:00Z").then().statusCode(200)
                .body("clockStartsAt", equalTo("2026-12-22T08:30:00Z")).body("dueAt", equalTo("2026-12-29T16:00:00Z"));
    }

    @Tag("ENQ-5")
    @Test
    void ENQ_5_the_profiles_lowest_seniority_and_exceptions_decide_who_may_be_named() {
        Area area = area();
        String councillor = directory.councillor("Cllr Dev Patel", null, List.of());
        raise(councillor, area.code(), area.serviceManager()).then().statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("ENQ-5")).body("detail", containsString("head of service level or above"));
        raise(councillor, area.code(), area.head()).then().statusCode(201).body("assignedOfficerId", equalTo(area.head()));

        // the profile lists no exception: a junior officer who handles an open enquiry of the councillor is still refused
        String juniorsArea = directory.serviceArea(area.junior(), area.head(), area.director());
        raise(councillor, juniorsArea, null).then().statusCode(201).body("assignedOfficerId", equalTo(area.junior()));
        raise(councillor, area.code(), area.junior()).then().statusCode(422).body("ruleId", equalTo("ENQ-5"));
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_a_holding_reply_may_move_the_target_at_most_the_profiles_cap() {
        Area area = area();
        String councillor = directory.councillor("Cllr Grace Adeyemi", null, List.of());
        clock.set(Instant.parse("2027-03-01T10:00:00Z")); // Monday: due Thursday 4 March 16:00
        Response created = raise(councillor, area.code(), null);
        created.then().statusCode(201).body("dueAt", equalTo("2027-03-04T16:00:00Z"));
        String id = created.path("id");
        // 9 and 8 working days after Thursday 4 March: Wed 17 and Tue 16 March (liaison-default allows 20)
        given().auth().oauth2(DevTokens.mint(area.serviceManager(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Waiting for the survey", "newTargetDate", LocalDate.of(2027, 3, 17).toString()))
                .when().post("/enquiries/" + id + "/holding-reply").then().statusCode(422)
                .contentType("application/problem+json").body("ruleId", equalTo("ENQ-7"))
                .body("detail", containsString("at most 8 working days"));
        given().auth().oauth2(DevTokens.mint(area.serviceManager(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Waiting for the survey", "newTargetDate", LocalDate.of(2027, 3, 16).toString()))
                .when().post("/enquiries/" + id + "/holding-reply").then().statusCode(200)
                .body("dueAt", equalTo("2027-03-16T16:00:00Z"));
    }

    @Tag("ENQ-8")
    @Test
    void ENQ_8_the_chase_ladder_is_the_profiles() {
        Area area = area();
        String councillor = directory.councillor("Cllr Kemi Adebayo", null, List.of());
        clock.set(Instant.parse("2027-03-01T10:00:00Z")); // Monday: due Thursday 4 March 16:00
        String id = raise(councillor, area.code(), null).then().statusCode(201).extract().path("id");

        clock.set(Instant.parse("2027-03-02T09:30:00Z")); // Tuesday, two working days before due (liaison-default: one)
        chaser.chaseNow();
        assertEquals(List.of("DUE_SOON"), firedSteps(id));

        clock.set(Instant.parse("2027-03-04T16:05:00Z")); // after this council's 16:00 close of business on the due day
        chaser.chaseNow();
        assertEquals(List.of("DUE_SOON", "OVERDUE_COUNCILLOR", "OVERDUE_OFFICER"), firedSteps(id));

        clock.set(Instant.parse("2027-03-08T16:30:00Z")); // two working days past due: liaison-default would escalate
        chaser.chaseNow();
        assertEquals(3, firedSteps(id).size(), firedSteps(id).toString());
        clock.set(Instant.parse("2027-03-09T16:30:00Z")); // three: the head of service
        chaser.chaseNow();
        assertEquals("ESCALATED_HEAD_OF_SERVICE", firedSteps(id).get(3));

        clock.set(Instant.parse("2027-03-11T16:30:00Z")); // five working days past due: liaison-default's director step
        chaser.chaseNow();
        assertEquals(4, firedSteps(id).size(), firedSteps(id).toString());
        clock.set(Instant.parse("2027-03-15T16:30:00Z")); // seven: the director
        chaser.chaseNow();
        assertEquals("ESCALATED_DIRECTOR", firedSteps(id).get(4));
    }

    @Test
    void the_profile_in_force_is_shown_to_any_signed_in_role_with_what_is_not_yet_enforced() {
        given().when().get("/council-profile").then().statusCode(401);
        given().auth().oauth2(DevTokens.mint(directory.councillor("Cllr Ola Bello", null, List.of()), "councillor"))
                .when().get("/council-profile").then().statusCode(200).contentType(ContentType.JSON)
                .body("name", equalTo("a-stricter-council"))
                .body("source", equalTo("src/test/resources/a-stricter-council.yaml"))
                .body("settings.find { it.key == 'enquiries.response.working-days' }.value", equalTo(3))
                .body("settings.find { it.key == 'enquiries.response.working-days' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'enquiries.response.working-days' }.point", equalTo("P1"))
                .body("settings.find { it.key == 'enquiries.response.standard' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'enquiries.copies.member-told-of-copies' }.enforced", equalTo(false))
                .body("settings.find { it.key == 'enquiries.copies.member-told-of-copies' }.enforcement",
                        containsString("not yet enforced"))
                .body("settings.key", hasItem("calendar.close-of-business"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/council-profile'.get.summary", containsString("council profile in force"));
    }
}
