package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;
import org.liaison.events.EventType;
import org.liaison.events.calendar.NonWorkingDaysRecord;

/** The public SLA clock and the lists it uses, over HTTP, on real PostgreSQL. */
@QuarkusTest
class CalendarResourceTest {

    private static final String ADMIN = DevTokens.mint("admin-1", "admin");

    @Tag("ENQ-3")
    @Test
    void ENQ_3_the_public_calendar_answers_the_specs_example_without_a_token() {
        given().when().get("/calendar/due?receivedAt=2026-12-21T10:00:00Z&workingDays=5&nation=ENGLAND_AND_WALES")
                .then().statusCode(200)
                .body("clockStartsAt", equalTo("2026-12-21T10:00:00Z"))
                .body("dueAt", equalTo("2026-12-30T17:00:00Z"));
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_the_nation_defaults_to_the_council_profile_and_can_be_chosen_per_request() {
        given().when().get("/calendar/due?receivedAt=2026-11-27T10:00:00Z")
                .then().statusCode(200).body("nation", equalTo("ENGLAND_AND_WALES")).body("dueAt", equalTo("2026-12-04T17:00:00Z"));
        given().when().get("/calendar/due?receivedAt=2026-11-27T10:00:00Z&nation=SCOTLAND")
                .then().statusCode(200).body("dueAt", equalTo("2026-12-07T17:00:00Z"));
    }

    @Tag("ENQ-3")
    @Test
    void ENQ_3_explain_this_date_lists_day_0_each_working_day_and_each_skipped_day_with_why() {
        given().when().get("/calendar/due/explanation?receivedAt=2026-12-21T10:00:00Z&workingDays=5")
                .then().statusCode(200)
                .body("days.find { it.date == '2026-12-21' }.kind", equalTo("DAY_0"))
                .body("days.find { it.date == '2026-12-25' }.reason", equalTo("bank holiday: Christmas"))
                .body("days.find { it.date == '2026-12-26' }.reason", equalTo("Saturday"))
                .body("days.find { it.date == '2026-12-28' }.reason", equalTo("bank holiday: Boxing Day (substitute day)"))
                .body("days.find { it.date == '2026-12-30' }.workingDay", equalTo(5));
    }

    @Tag("ENQ-2")
    @Test
    void ENQ_2_closure_days_and_gov_uk_holidays_set_by_an_admin_move_the_due_date() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Office move"))
                .when().put("/calendar/closure-days/2027-02-03").then().statusCode(200);
        given().when().get("/calendar/due?receivedAt=2027-02-01T10:00:00Z")
                .then().statusCode(200).body("dueAt", equalTo("2027-02-09T17:00:00Z"));
        given().when().get("/calendar/closure-days").then().statusCode(200).body("reason", hasItem("Office move"));

        String govUk = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Extra bank holiday", "date": "2027-02-05", "notes": "", "bunting": true}]}}""";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(govUk)
                .when().post("/calendar/bank-holidays").then().statusCode(200).body("ENGLAND_AND_WALES", equalTo(1));
        given().when().get("/calendar/due/explanation?receivedAt=2027-02-01T10:00:00Z")
                .then().statusCode(200)
                .body("dueAt", equalTo("2027-02-10T17:00:00Z"))
                .body("days.find { it.date == '2027-02-05' }.reason", equalTo("bank holiday: Extra bank holiday"))
                .body("days.find { it.date == '2027-02-03' }.reason", equalTo("council closure day: Office move"));

        given().auth().oauth2(ADMIN).when().delete("/calendar/closure-days/2027-02-03").then().statusCode(204);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": []}}")
                .when().post("/calendar/bank-holidays").then().statusCode(200);
        given().when().get("/calendar/due?receivedAt=2027-02-01T10:00:00Z")
                .then().statusCode(200).body("dueAt", equalTo("2027-02-08T17:00:00Z"));
    }

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Tag("ENQ-2")
    @Test
    void ENQ_2_each_change_of_the_closure_days_is_published_whole_for_the_services_that_count_working_days() {
        TopicReader topic = new TopicReader(bootstrapServers);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(Map.of("reason", "Staff training day"))
                .when().put("/calendar/closure-days/2027-03-03").then().statusCode(200);
        ConsumerRecord<String, String> added = topic.await("calendar.non-working-days",
                r -> r.value() != null && r.value().contains("{\"day\":\"2027-03-03\",\"reason\":\"Staff training day\"}"),
                Duration.ofSeconds(30));
        assertEquals(NonWorkingDaysRecord.KEY, added.key());
        assertEquals(EventType.NON_WORKING_DAYS_STATE, TopicReader.header(added, "ce_type").orElseThrow());

        given().auth().oauth2(ADMIN).when().delete("/calendar/closure-days/2027-03-03").then().statusCode(204);
        ConsumerRecord<String, String> removed = topic.await("calendar.non-working-days",
                r -> r.partition() == added.partition() && r.offset() > added.offset(), Duration.ofSeconds(30));
        assertFalse(removed.value().contains("2027-03-03"), removed.value());
    }

    @Inject
    org.liaison.enquiry.calendar.BankHolidaySource bankHolidaySource;

    @Tag("ENQ-2")
    @Test
    void ENQ_2_a_one_off_holiday_published_at_the_configured_gov_uk_address_reaches_the_clock() throws Exception {
        java.nio.file.Path published = java.nio.file.Files.createTempFile("bank-holidays", ".json");
        java.nio.file.Files.writeString(published, """
                {"scotland": {"division": "scotland", "events": [
                  {"title": "Royal occasion", "date": "2027-05-20", "notes": "", "bunting": true}]}}""");
        String dueBefore = "2027-05-24T16:00:00Z"; // Monday 24 May 17:00 BST
        given().when().get("/calendar/due?receivedAt=2027-05-17T09:00:00Z&nation=SCOTLAND")
                .then().statusCode(200).body("dueAt", equalTo(dueBefore));
        try {
            assertTrue(bankHolidaySource.importFrom(published.toUri()));
            given().when().get("/calendar/due/explanation?receivedAt=2027-05-17T09:00:00Z&nation=SCOTLAND")
                    .then().statusCode(200)
                    .body("dueAt", equalTo("2027-05-25T16:00:00Z"))
                    .body("days.find { it.date == '2027-05-20' }.reason", equalTo("bank holiday: Royal occasion"));
            // a source that cannot be read leaves the last good list in place
            assertFalse(bankHolidaySource.importFrom(published.resolveSibling("no-such-file.json").toUri()));
            given().when().get("/calendar/due?receivedAt=2027-05-17T09:00:00Z&nation=SCOTLAND")
                    .then().statusCode(200).body("dueAt", equalTo("2027-05-25T16:00:00Z"));
        } finally {
            java.nio.file.Files.writeString(published, "{\"scotland\": {\"division\": \"scotland\", \"events\": []}}");
            bankHolidaySource.importFrom(published.toUri());
            java.nio.file.Files.delete(published);
        }
        given().when().get("/calendar/due?receivedAt=2027-05-17T09:00:00Z&nation=SCOTLAND")
                .then().statusCode(200).body("dueAt", equalTo(dueBefore));
    }

    @Test
    void only_admins_change_the_calendar_and_bad_input_is_a_problem_json_400_naming_the_field() {
        given().auth().oauth2(DevTokens.mint("cllr", "councillor")).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().put("/calendar/closure-days/2027-03-01").then().statusCode(403);
        given().when().get("/calendar/due").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("receivedAt"));
        given().when().get("/calendar/due?receivedAt=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("receivedAt"));
        given().when().get("/calendar/due?receivedAt=2026-12-21T10:00:00Z&nation=WALES").then().statusCode(400)
                .body("errors[0].field", equalTo("nation"));
        given().when().get("/calendar/due?receivedAt=2026-12-21T10:00:00Z&workingDays=-1").then().statusCode(400)
                .body("errors[0].field", equalTo("workingDays"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"mars\": {}}")
                .when().post("/calendar/bank-holidays").then().statusCode(400).contentType("application/problem+json");
    }
}
