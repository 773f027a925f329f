package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.delivery.Notification;

/** NTF-1 after the invitation: changes, cancellations, short notice; HUB-7: councillors who join later. */
@QuarkusTest
class PublicMeetingChangesTest {

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_a_changed_meeting_sends_an_update_with_sequence_plus_one_and_a_cancellation_sends_method_cancel()
            throws Exception {
        String ward = directory.ward("Abbey");
        String email = "ada." + tag + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Ada Price", email, ward));
        String id = register(meeting(ward, "Library opening hours", "2027-03-10T18:30:00Z", "2027-03-10T20:00:00Z"));
        VEvent invitation = event(calendarOf(await(email, "Public meeting in your ward: Library opening hours")), "REQUEST");
        assertEquals("0", invitation.getSequence().orElseThrow().getValue());

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting(ward, "Library opening hours", "2027-03-11T18:30:00Z", "2027-03-11T20:00:00Z"))
                .when().put("/matters/" + id).then().statusCode(200).body("revision", equalTo(1));
        MimeMessage changed = await(email, "Changed: public meeting in your ward: Library opening hours");
        assertTrue(SmtpServer.textOf(changed, "text/plain").contains("Thursday 11 March 2027, 18:30"));
        VEvent update = event(calendarOf(changed), "REQUEST");
        assertEquals(invitation.getUid().orElseThrow().getValue(), update.getUid().orElseThrow().getValue(), "same UID");
        assertEquals("1", update.getSequence().orElseThrow().getValue());
        assertEquals("20270311T183000Z", update.getDateTimeStart().orElseThrow().getValue());

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("reason", "The hall is closed for repairs."))
                .when().post("/matters/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        MimeMessage cancelled = await(email, "Cancelled: public meeting Library opening hours");
        assertTrue(SmtpServer.textOf(cancelled, "text/plain").contains("Reason: The hall is closed for repairs."));
        VEvent cancel = event(calendarOf(cancelled), "CANCEL");
        assertEquals("2", cancel.getSequence().orElseThrow().getValue());
        assertEquals("CANCELLED", cancel.getProperty("STATUS").orElseThrow().getValue());

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting(ward, "Too late", "2027-03-12T18:30:00Z", "2027-03-12T20:00:00Z"))
                .when().put("/matters/" + id).then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters?ward=" + ward + "&status=CANCELLED")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id))
                .body("items[0].recipients.what", hasItem("cancellation"));
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_a_ward_taken_off_a_meeting_gets_a_cancellation_and_a_ward_added_is_invited() throws Exception {
        String abbey = directory.ward("Abbey");
        String castle = directory.ward("Castle");
        String ada = "ada." + tag + "@members.council.example";
        String cara = "cara." + tag + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Ada Price", ada, abbey));
        directory.publish(NotifyRecords.councillor("Cllr Cara Singh", cara, castle));
        String id = register(meeting(abbey, "Bus routes", "2027-04-07T18:00:00Z", "2027-04-07T19:00:00Z"));
        await(ada, "Public meeting in your ward: Bus routes");

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting(castle, "Bus routes", "2027-04-07T18:00:00Z", "2027-04-07T19:00:00Z"))
                .when().put("/matters/" + id).then().statusCode(200);
        MimeMessage withdrawn = await(ada, "Cancelled: public meeting Bus routes");
        assertTrue(SmtpServer.textOf(withdrawn, "text/plain").contains("no longer concerns your ward"));
        event(calendarOf(withdrawn), "CANCEL");
        // newly concerned: invited (not "changed": they never heard of it)
        event(calendarOf(await(cara, "Public meeting in your ward: Bus routes")), "REQUEST");
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_notice_shorter_than_ten_clear_working_days_is_flagged() {
        String ward = directory.ward("Abbey");
        clock.set(Instant.parse("2027-01-11T10:00:00Z")); // Monday 11 January 2027
        // Friday 22 January: clear working days 12 to 21 January = 8 → short
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting(ward, "Short notice", "2027-01-22T18:00:00Z", "2027-01-22T19:00:00Z"))
                .when().post("/matters").then().statusCode(201)
                .body("noticeWorkingDays", equalTo(8)).body("shortNotice", equalTo(true))
                .body("minimumNoticeWorkingDays", equalTo(10));
        // Wednesday 27 January: 12 to 26 January = 11 → enough
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting(ward, "Enough notice", "2027-01-27T18:00:00Z", "2027-01-27T19:00:00Z"))
                .when().post("/matters").then().statusCode(201)
                .body("noticeWorkingDays", equalTo(11)).body("shortNotice", equalTo(false));
        // over Christmas: Monday 21 December 2026 → Monday 4 January 2027 skips 25, 28 December and 1 January
        clock.set(Instant.parse("2026-12-21T10:00:00Z"));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting(ward, "After the holidays", "2027-01-04T18:00:00Z", "2027-01-04T19:00:00Z"))
                .when().post("/matters").then().statusCode(201)
                .body("noticeWorkingDays", equalTo(6)).body("shortNotice", equalTo(true));
    }

    @Tag("HUB-7")
    @Test
    void HUB_7_a_councillor_who_joins_the_ward_before_a_coming_meeting_is_invited_too() throws Exception {
        // "coming" is judged against now: three weeks before the meeting, on a Wednesday morning
        clock.set(Instant.parse("2027-04-14T09:00:00Z"));
        String ward = directory.ward("Riverside");
        String first = "first." + tag + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Fay Lowe", first, ward));
        String id = register(meeting(ward, "Flood defences", "2027-05-05T18:00:00Z", "2027-05-05T19:30:00Z"));
        await(first, "Public meeting in your ward: Flood defences");

        String joiner = "joiner." + tag + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Gil Moss", joiner, ward)); // the joiner's invitation is queued by now
        MimeMessage invitation = await(joiner, "Public meeting in your ward: Flood defences");
        event(calendarOf(invitation), "REQUEST");
        List<Notification> queued = Notifications.awaitFinal("about meeting " + id, () -> Notifications.ofMatter(id));
        assertEquals(List.of(first, joiner), queued.stream().map(n -> n.recipientEmail).toList(),
                "one invitation each: the first councillor's and then the joiner's");
        assertEquals(1, smtp.received().stream().filter(m -> SmtpServer.sentTo(m, first)).count(),
                "the first councillor is not invited twice");
    }

    private static Map<String, Object> meeting(String ward, String title, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PUBLIC_MEETING", "title", title, "startsAt", startsAt,
                "endsAt", endsAt, "wardCodes", List.of(ward)));
        body.put("location", "Town Hall, Room 2");
        return body;
    }

    private static String register(Map<String, Object> meeting) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(meeting)
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }

    private MimeMessage await(String to, String subject) {
        return smtp.awaitMessage(m -> SmtpServer.sentTo(m, to) && subject.equals(SmtpServer.subjectOf(m)), Duration.ofSeconds(90));
    }

    private static Calendar calendarOf(MimeMessage mail) throws Exception {
        return new CalendarBuilder().build(new StringReader(SmtpServer.textOf(mail, "text/calendar")));
    }

    private static VEvent event(Calendar calendar, String method) {
        assertEquals(method, calendar.getProperty("METHOD").orElseThrow().getValue());
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }
}
