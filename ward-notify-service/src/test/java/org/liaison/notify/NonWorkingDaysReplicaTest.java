package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.events.calendar.NonWorkingDaysRecord;
import org.liaison.events.calendar.NonWorkingDaysRecord.BankHoliday;
import org.liaison.events.calendar.NonWorkingDaysRecord.ClosureDay;

/**
 * ENQ-2 reaches ward-notify: the closure days and GOV.UK imports enquiry-service publishes on the compacted
 * {@code calendar.non-working-days} (published here over the real broker as enquiry-service does) are replicated, and a
 * public meeting's notice (NTF-1) and a compliance deadline (HUB-6) count them, as the SLA clock does.
 */
@QuarkusTest
class NonWorkingDaysReplicaTest {

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void noClosureDaysAndRealTimeAgain() {
        directory.publish(new NonWorkingDaysRecord(List.of(), List.of()));
        clock.reset();
    }

    private static io.restassured.response.ValidatableResponse register(Map<String, Object> matter) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(matter)
                .when().post("/matters").then().statusCode(201);
    }

    private static Map<String, Object> meeting(String ward, String title) {
        // Friday 22 January 2027, told Monday 11 January: 12 to 21 January, 8 clear working days with no closure
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PUBLIC_MEETING", "title", title,
                "startsAt", "2027-01-22T18:00:00Z", "endsAt", "2027-01-22T19:00:00Z", "wardCodes", List.of(ward)));
        body.put("location", "Town Hall, Room 2");
        return body;
    }

    @Tag("NTF-1")
    @Tag("ENQ-2")
    @Test
    void NTF_1_a_closure_day_and_an_imported_bank_holiday_from_enquiry_service_shorten_a_meetings_notice() {
        String ward = directory.ward("Abbey");
        clock.set(Instant.parse("2027-01-11T10:00:00Z"));
        register(meeting(ward, "Before the closure")).body("noticeWorkingDays", equalTo(8));

        directory.publish(new NonWorkingDaysRecord(
                List.of(new BankHoliday("ENGLAND_AND_WALES", LocalDate.of(2027, 1, 19), "Extra bank holiday")),
                List.of(new ClosureDay(LocalDate.of(2027, 1, 13), "Office move"))));
        register(meeting(ward, "After the closure")).body("noticeWorkingDays", equalTo(6));
    }

    @Tag("HUB-6")
    @Tag("ENQ-2")
    @Test
    void HUB_6_a_closure_day_from_enquiry_service_moves_a_compliance_deadline() {
        String ward = directory.ward("Castle");
        clock.set(Instant.parse("2027-01-11T10:00:00Z")); // Monday: told by the next working day's close of business
        directory.publish(new NonWorkingDaysRecord(List.of(), List.of(new ClosureDay(LocalDate.of(2027, 1, 12), "Office move"))));
        String id = register(new HashMap<>(Map.of("kind", "EXECUTIVE_DECISION", "title", "Library hours",
                "description", "Saturday opening extended.", "wardCodes", List.of(ward)))).extract().path("id");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + id + "/compliance")
                .then().statusCode(200).body("deadline", equalTo("2027-01-13T17:00:00Z")); // not Tuesday 12th
    }

    /**
     * A closure day published after a meeting was registered shortens the notice its councillors were given: the coming
     * meeting is counted again and flagged short, and counted back when the closure day is taken away. A meeting already
     * held keeps the count it had.
     */
    @Tag("NTF-1")
    @Tag("ENQ-2")
    @Test
    void NTF_1_a_closure_day_added_later_recounts_the_notice_of_a_coming_meeting_already_registered() {
        String ward = directory.ward("Bridge");
        clock.set(Instant.parse("2027-01-11T10:00:00Z")); // Monday
        Map<String, Object> body = meeting(ward, "Bridge repairs");
        body.put("startsAt", "2027-01-26T18:00:00Z"); // Tuesday 26 January: 12 to 25 January, 10 clear working days
        body.put("endsAt", "2027-01-26T19:00:00Z");
        String coming = register(body).body("noticeWorkingDays", equalTo(10)).body("shortNotice", equalTo(false))
                .extract().path("id");
        String held = register(meeting(ward, "Held already")).body("noticeWorkingDays", equalTo(8)).extract().path("id");

        clock.set(Instant.parse("2027-01-25T09:00:00Z")); // the 22 January meeting is over; the 26 January one is to come
        directory.publish(new NonWorkingDaysRecord(List.of(), List.of(new ClosureDay(LocalDate.of(2027, 1, 13), "Office move"))));
        matter(coming).body("noticeWorkingDays", equalTo(9)).body("shortNotice", equalTo(true));
        matter(held).body("noticeWorkingDays", equalTo(8));

        directory.publish(new NonWorkingDaysRecord(List.of(), List.of()));
        matter(coming).body("noticeWorkingDays", equalTo(10)).body("shortNotice", equalTo(false));
    }

    private static io.restassured.response.ValidatableResponse matter(String id) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + id).then().statusCode(200);
    }
}
