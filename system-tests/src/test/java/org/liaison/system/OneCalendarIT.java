package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.http.ContentType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SuiteClock;

/**
 * One calendar for the suite, on the packaged services: a closure day set in enquiry-service (its one owner) reaches
 * ward-notify-service over the compacted calendar.non-working-days, and a compliance deadline there moves to the same
 * day as the SLA clock's due date; a one-off holiday in GOV.UK's bank-holidays.json imported there does the same.
 * Both services count with the same module (working-days: Jollyday's rules, the imports, the closure days). Nothing
 * here is derived from the machine's date: the day is the services' "now".
 */
class OneCalendarIT {

    private static final String ADMIN = DevTokens.mint("system-test-admin", "admin");
    private static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
    }

    /** enquiry-service's SLA clock: close of business on the first working day after the services' today. */
    private static Instant slaNextWorkingDayClose() {
        LocalDate today = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate();
        Instant dayZero = slaDue(today, 0);
        // received early today: day 0 is today when today is a working day, else the next working day itself
        return dayZero.atZone(SuiteClock.LONDON).toLocalDate().equals(today) ? slaDue(today, 1) : dayZero;
    }

    private static Instant slaDue(LocalDate receivedOn, int workingDays) {
        String receivedAt = receivedOn.atTime(0, 30).atZone(SuiteClock.LONDON).toInstant().toString();
        return Instant.parse(given().baseUri(suite.url("enquiry-service")).when()
                .get("/calendar/due?receivedAt=" + receivedAt + "&workingDays=" + workingDays).then().statusCode(200)
                .extract().path("dueAt"));
    }

    private static Instant complianceDeadline(String matterId) {
        return Instant.parse(given().baseUri(suite.url("ward-notify-service")).auth().oauth2(MEMBERS_SERVICES)
                .when().get("/matters/" + matterId + "/compliance").then().statusCode(200).extract().path("deadline"));
    }

    private static void calendarReplicated() {
        suite.awaitOutboxPublished(RunningSuite.ENQUIRY, null);
        suite.awaitConsumedToEnd("ward-notify-service", List.of("calendar.non-working-days"));
    }

    /** An executive decision: ward councillors are told by the next working day's close of business. */
    private static String executiveDecision(String title) throws Exception {
        suite.loadSampleCouncil();
        return given().baseUri(suite.url("ward-notify-service")).auth().oauth2(MEMBERS_SERVICES)
                .contentType(ContentType.JSON).body(Map.of("kind", "EXECUTIVE_DECISION", "title", title,
                        "description", "Saturday opening extended.", "wardCodes", List.of("E05999001")))
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }

    private static void importGovUkEnglandAndWales(String eventsJson) {
        given().baseUri(suite.url("enquiry-service")).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": [" + eventsJson + "]}}")
                .when().post("/calendar/bank-holidays").then().statusCode(200);
    }

    /**
     * A matter's compliance deadline in ward-notify agrees with the SLA clock; {@code makeNonWorking} makes the
     * deadline's day a non-working day in enquiry-service, and the deadline moves with the SLA clock; {@code restore}
     * undoes it, and the deadline is back.
     */
    private static void theDeadlineFollowsTheSlaClock(String title, String what, Consumer<LocalDate> makeNonWorking,
            Consumer<LocalDate> restore) throws Exception {
        String matter = executiveDecision(title);
        Instant before = complianceDeadline(matter);
        assertEquals(slaNextWorkingDayClose(), before, "ward-notify and the SLA clock agree on the next working day");

        LocalDate day = before.atZone(SuiteClock.LONDON).toLocalDate();
        makeNonWorking.accept(day);
        try {
            calendarReplicated();
            Instant after = complianceDeadline(matter);
            assertNotEquals(before, after, "the " + what + " " + day + " is not a working day in ward-notify either");
            assertEquals(slaNextWorkingDayClose(), after, "ward-notify and the SLA clock still agree");
        } finally {
            restore.accept(day);
            calendarReplicated();
        }
        assertEquals(before, complianceDeadline(matter), "the " + what + " undone, the deadline is back");
    }

    @Tag("ENQ-2")
    @Tag("HUB-6")
    @Test
    void ENQ_2_a_one_off_gov_uk_holiday_imported_in_enquiry_service_moves_a_ward_notify_deadline_to_the_sla_clocks_day()
            throws Exception {
        // a one-off holiday GOV.UK announces later (as for a coronation), on the day the deadline falls; undone by an
        // import with none (no other test imports a day the rules do not already hold as a holiday, so none is lost)
        theDeadlineFollowsTheSlaClock("Library hours on a new bank holiday", "imported holiday",
                day -> importGovUkEnglandAndWales("{\"title\": \"Extra bank holiday (system test)\", \"date\": \""
                        + day + "\", \"notes\": \"\", \"bunting\": true}"),
                day -> importGovUkEnglandAndWales(""));
    }

    @Tag("ENQ-2")
    @Tag("HUB-6")
    @Test
    void ENQ_2_a_closure_day_set_in_enquiry_service_moves_a_ward_notify_deadline_to_the_sla_clocks_day() throws Exception {
        theDeadlineFollowsTheSlaClock("Library hours", "closure day",
                day -> given().baseUri(suite.url("enquiry-service")).auth().oauth2(ADMIN).contentType(ContentType.JSON)
                        .body(Map.of("reason", "Council closed for a system test"))
                        .when().put("/calendar/closure-days/" + day).then().statusCode(200),
                day -> given().baseUri(suite.url("enquiry-service")).auth().oauth2(ADMIN).when()
                        .delete("/calendar/closure-days/" + day).then().statusCode(204));
    }
}
