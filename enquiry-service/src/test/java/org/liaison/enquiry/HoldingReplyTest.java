package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.TopicReader;

/** ENQ-7 over HTTP, on real PostgreSQL and Kafka, with time moved by the test clock. */
@QuarkusTest
class HoldingReplyTest {

    private static final ZoneId LONDON = SuiteClock.LONDON;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Raised(String id, String officer, Instant dueAt, LocalDate dueDate) {
    }

    /** Raised at the suite's "now": every date below is derived from the due date the service gave it. */
    private Raised raise() {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Grace Adeyemi", null, List.of());
        var created = given().auth().oauth2(DevTokens.mint(councillor, "councillor"))
                .contentType(ContentType.JSON).body(Map.of("subject", "Street lights out", "body", "Since Friday.",
                        "serviceAreaCode", area, "category", "WARD_ISSUE")).when().post("/enquiries");
        created.then().statusCode(201);
        Instant dueAt = Instant.parse(created.path("dueAt"));
        return new Raised(created.path("id"), key, dueAt, dueAt.atZone(LONDON).toLocalDate());
    }

    private io.restassured.response.Response holdingReply(Raised enquiry, String officer, LocalDate newTarget) {
        return given().auth().oauth2(DevTokens.mint(officer, "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "Waiting for the contractor's survey", "newTargetDate", newTarget.toString()))
                .when().post("/enquiries/" + enquiry.id() + "/holding-reply");
    }

    /** The working day {@code n} working days after {@code date}, from the service's own public clock. */
    private static LocalDate workingDaysAfter(LocalDate date, int n) {
        String dueAt = given().when().get("/calendar/due?receivedAt=" + date.atTime(10, 0).atZone(LONDON).toInstant()
                + "&workingDays=" + n).then().statusCode(200).extract().path("dueAt");
        return Instant.parse(dueAt).atZone(LONDON).toLocalDate();
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_a_holding_reply_before_the_due_time_moves_the_due_date_and_tells_the_councillor() {
        Raised enquiry = raise();
        LocalDate newTarget = workingDaysAfter(enquiry.dueDate(), 2);
        holdingReply(enquiry, enquiry.officer(), newTarget).then().statusCode(200)
                .body("status", equalTo("HOLDING_REPLY_SENT"))
                .body("dueAt", equalTo(newTarget.atTime(17, 0).atZone(LONDON).toInstant().toString()));
        ConsumerRecord<String, String> event = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> enquiry.id().equals(r.key()) && TopicReader.header(r, "ce_type").orElse("").contains("holding-reply"),
                Duration.ofSeconds(20));
        assertTrue(event.value().contains("Waiting for the contractor's survey"), event.value());
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_the_new_target_must_be_a_later_working_day_at_most_20_working_days_on() {
        Raised enquiry = raise();
        holdingReply(enquiry, enquiry.officer(), enquiry.dueDate()).then().statusCode(422).body("ruleId", equalTo("ENQ-7"))
                .body("detail", containsString("after the current due date"));
        LocalDate saturday = enquiry.dueDate().plusDays(1);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        holdingReply(enquiry, enquiry.officer(), saturday).then().statusCode(422).body("ruleId", equalTo("ENQ-7"))
                .body("detail", containsString("working day"));
        // the 21st working day after the due date (a working day, so only the 20-day cap can refuse it), then the 20th
        holdingReply(enquiry, enquiry.officer(), workingDaysAfter(enquiry.dueDate(), 21)).then().statusCode(422)
                .body("ruleId", equalTo("ENQ-7")).body("detail", containsString("at most 20 working days"));
        LocalDate latest = workingDaysAfter(enquiry.dueDate(), 20);
        holdingReply(enquiry, enquiry.officer(), latest).then().statusCode(200)
                .body("dueAt", equalTo(latest.atTime(17, 0).atZone(LONDON).toInstant().toString()));
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_an_overdue_enquiry_cannot_get_a_holding_reply() {
        Raised enquiry = raise();
        clock.set(enquiry.dueAt()); // its due time has come: 17:00 on the due date
        holdingReply(enquiry, enquiry.officer(), workingDaysAfter(enquiry.dueDate(), 8)).then().statusCode(422)
                .body("ruleId", equalTo("ENQ-7")).body("detail", containsString("overdue"));
    }

    /** P1 on liaison-default (WORKING_DAYS): a late reply is accepted as it is and shown late; 002 and 003 ask more. */
    @Tag("ENQ-1")
    @Test
    void ENQ_1_on_a_working_days_standard_a_late_reply_needs_no_explanation_and_is_shown_late() {
        Raised enquiry = raise();
        clock.set(enquiry.dueAt().plus(Duration.ofDays(1)));
        given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("body", "The lights were fixed on Tuesday.")).when().post("/enquiries/" + enquiry.id() + "/reply")
                .then().statusCode(200).body("status", equalTo("ANSWERED"));
        given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).when().get("/enquiries/" + enquiry.id())
                .then().statusCode(200).body("reply.answeredInTime", equalTo(false))
                .body("reply.lateExplanation", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void only_the_officer_handling_the_enquiry_or_their_managers_may_send_a_holding_reply() {
        Raised enquiry = raise();
        holdingReply(enquiry, "some-other-officer", workingDaysAfter(enquiry.dueDate(), 1)).then().statusCode(403);
        given().auth().oauth2(DevTokens.mint("cllr", "councillor")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x", "newTargetDate", "2027-01-05"))
                .when().post("/enquiries/" + enquiry.id() + "/holding-reply").then().statusCode(403);
        given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "", "newTargetDate", "not-a-date"))
                .when().post("/enquiries/" + enquiry.id() + "/holding-reply").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Tag("ENQ-7")
    @Test
    void ENQ_7_the_dates_offered_are_the_working_days_after_the_due_date_up_to_the_cap_and_none_once_it_is_due() {
        Raised enquiry = raise();
        var offered = given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer"))
                .when().get("/enquiries/" + enquiry.id() + "/holding-reply-dates").then().statusCode(200)
                .body("maxExtraWorkingDays", equalTo(20)).extract().jsonPath().getList("dates", String.class);
        org.junit.jupiter.api.Assertions.assertEquals(20, offered.size(), offered.toString());
        org.junit.jupiter.api.Assertions.assertEquals(workingDaysAfter(enquiry.dueDate(), 1).toString(), offered.get(0));
        org.junit.jupiter.api.Assertions.assertEquals(workingDaysAfter(enquiry.dueDate(), 20).toString(), offered.get(19));
        holdingReply(enquiry, enquiry.officer(), LocalDate.parse(offered.get(19))).then().statusCode(200);

        clock.set(Instant.parse(given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer"))
                .when().get("/enquiries/" + enquiry.id()).then().extract().path("dueAt")));
        given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer"))
                .when().get("/enquiries/" + enquiry.id() + "/holding-reply-dates").then().statusCode(200)
                .body("dates", org.hamcrest.Matchers.empty());
        given().auth().oauth2(DevTokens.mint("some-other-officer", "officer"))
                .when().get("/enquiries/" + enquiry.id() + "/holding-reply-dates").then().statusCode(403);
    }
}
