package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.enquiry.chasing.EnquiryChaser;

/** The chase ladder (ENQ-8) and working hours (ENQ-9), moving the clock instead of waiting. */
@QuarkusTest
class ChasingTest {

    @Inject
    TestClock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    EnquiryChaser chaser;

    @Inject
    EntityManager entityManager;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    /**
     * Only this test's calls run the chaser: a timed run that took "now" just before the test moved the clock could hold
     * the enquiry's row (SKIP LOCKED) while the test's run looks at it. A run already under way when the scheduler pauses
     * chose its enquiries before this test raised one.
     */
    @BeforeEach
    void onlyTheTestChases() {
        scheduler.pause();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
        scheduler.resume();
    }

    /** Received Monday 1 March 2027 10:00: due Monday 8 March 17:00 (GMT). */
    private String raiseOnMonday1March() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Kemi Adebayo", null, List.of());
        clock.set(Instant.parse("2027-03-01T10:00:00Z"));
        return given().auth().oauth2(DevTokens.mint(councillor, "councillor"))
                .contentType(ContentType.JSON).body(Map.of("subject", "Potholes on Mill Lane", "body", "Three deep ones.",
                        "serviceAreaCode", area, "category", "WARD_ISSUE")).when().post("/enquiries")
                .then().statusCode(201).extract().path("id");
    }

    private List<String> firedSteps(String enquiryId) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select step from chase_step where enquiry_id = ?1 order by fired_at, step", String.class)
                .setParameter(1, UUID.fromString(enquiryId)).getResultList());
    }

    @Tag("ENQ-8")
    @Tag("ENQ-9")
    @Test
    void ENQ_8_each_step_of_the_ladder_fires_once_at_its_time_and_ENQ_9_officers_are_chased_only_in_working_hours() {
        String id = raiseOnMonday1March();

        clock.set(Instant.parse("2027-03-04T16:00:00Z")); // Thursday: nothing due yet
        chaser.chaseNow();
        assertEquals(List.of(), firedSteps(id));

        clock.set(Instant.parse("2027-03-05T09:30:00Z")); // Friday, the working day before due
        chaser.chaseNow();
        chaser.chaseNow();
        assertEquals(List.of("DUE_SOON"), firedSteps(id));

        clock.set(Instant.parse("2027-03-08T17:30:00Z")); // overdue, after the officer's hours
        chaser.chaseNow();
        assertEquals(List.of("DUE_SOON", "OVERDUE_COUNCILLOR"), firedSteps(id), "the councillor is told at once");

        clock.set(Instant.parse("2027-03-09T09:15:00Z")); // next morning: the officer's hours have started
        chaser.chaseNow();
        assertEquals(List.of("DUE_SOON", "OVERDUE_COUNCILLOR", "OVERDUE_OFFICER"), firedSteps(id));

        clock.set(Instant.parse("2027-03-11T10:00:00Z")); // two working days past due (Wed 10 March 17:00)
        chaser.chaseNow();
        clock.set(Instant.parse("2027-03-16T10:00:00Z")); // five working days past due (Mon 15 March 17:00)
        chaser.chaseNow();
        assertEquals(List.of("DUE_SOON", "OVERDUE_COUNCILLOR", "OVERDUE_OFFICER", "ESCALATED_HEAD_OF_SERVICE",
                "ESCALATED_DIRECTOR"), firedSteps(id));
    }

    @Tag("ENQ-8")
    @Test
    void ENQ_8_two_chasers_running_at_once_against_the_same_database_fire_each_step_once() {
        String id = raiseOnMonday1March();
        clock.set(Instant.parse("2027-03-16T10:00:00Z")); // every step is due
        List<CompletableFuture<Integer>> runs = List.of(
                CompletableFuture.supplyAsync(chaser::chaseNow), CompletableFuture.supplyAsync(chaser::chaseNow),
                CompletableFuture.supplyAsync(chaser::chaseNow));
        runs.forEach(CompletableFuture::join);
        List<String> steps = firedSteps(id);
        assertEquals(5, steps.size(), steps.toString());
        assertEquals(5, steps.stream().distinct().count(), steps.toString());
        assertEquals(List.of("DUE_SOON"), QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select step from chase_step where enquiry_id = ?1 and superseded", String.class)
                .setParameter(1, UUID.fromString(id)).getResultList()), "no 'due soon' reminder once it is overdue");
    }
}
