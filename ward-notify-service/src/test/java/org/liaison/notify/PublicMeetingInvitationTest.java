package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.delivery.Notification;

@QuarkusTest
class PublicMeetingInvitationTest {

    @InjectSmtpServer
    SmtpServer smtp;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @Tag("NTF-1")
    @Test
    void NTF_1_every_councillor_of_the_ward_is_invited_at_once_by_email_with_an_icalendar_invitation() throws Exception {
        String ward = directory.ward("Abbey");
        String elsewhere = directory.ward("Westfield");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String ada = directory.publish(NotifyRecords.councillor("Cllr Ada Price", "ada." + tag + "@members.council.example", ward)).id();
        directory.publish(NotifyRecords.councillor("Cllr Ben Okafor", "ben." + tag + "@members.council.example", ward, elsewhere));
        directory.publish(NotifyRecords.councillor("Cllr Not Here", "other." + tag + "@members.council.example", elsewhere));

        String matterId = given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "Abbey Road traffic scheme: public meeting",
                        "description", "Residents' views on the proposed one-way system.",
                        "location", "Abbey Community Centre, Hall 1",
                        "startsAt", "2026-12-15T18:30:00Z", "endsAt", "2026-12-15T20:00:00Z",
                        "wardCodes", List.of(ward)))
                .when().post("/matters")
                .then().statusCode(201)
                .body("recipients", hasSize(2))
                .extract().path("id");

        for (String who : List.of("ada", "ben")) {
            String address = who + "." + tag + "@members.council.example";
            MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, address), Duration.ofSeconds(60));
            assertEquals("Public meeting in your ward: Abbey Road traffic scheme: public meeting", mail.getSubject());
            assertEquals("<" + notificationIdOf(mail) + "@liaison>", mail.getMessageID());
            String html = SmtpServer.textOf(mail, "text/html");
            String text = SmtpServer.textOf(mail, "text/plain");
            assertTrue(html.contains("Tuesday 15 December 2026, 18:30"), html);
            assertTrue(text.contains("Abbey Community Centre, Hall 1"), text);

            Calendar calendar = new CalendarBuilder().build(new StringReader(SmtpServer.textOf(mail, "text/calendar")));
            assertEquals("REQUEST", calendar.getProperty("METHOD").orElseThrow().getValue());
            VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
            assertEquals(matterId + "@liaison", event.getUid().orElseThrow().getValue());
            assertEquals("20261215T183000Z", event.getDateTimeStart().orElseThrow().getValue());
            assertEquals("20261215T200000Z", event.getDateTimeEnd().orElseThrow().getValue());
            assertEquals("0", event.getSequence().orElseThrow().getValue());
            assertEquals("mailto:" + address, event.getProperty("ATTENDEE").orElseThrow().getValue());
        }
        // queued with the registration, so the log holds every email the meeting will ever cause
        List<Notification> queued = Notifications.awaitFinal("about meeting " + matterId, () -> Notifications.ofMatter(matterId));
        assertEquals(List.of("ada." + tag + "@members.council.example", "ben." + tag + "@members.council.example"),
                queued.stream().map(n -> n.recipientEmail).sorted().toList(), "one invitation each for the ward's two");
        assertFalse(smtp.received().stream().anyMatch(m -> SmtpServer.sentTo(m, "other." + tag + "@members.council.example")),
                "a councillor of another ward is not invited");

        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + matterId)
                .then().statusCode(200)
                .body("recipients.find { it.councillorId == '" + ada + "' }.notificationStatus", equalTo("SENT"));
    }

    @Tag("HUB-4")
    @Test
    void HUB_4_what_a_user_typed_is_escaped_in_html_and_never_breaks_a_header() throws Exception {
        String ward = directory.ward("Castle");
        String email = "cara." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Cara Singh", email, ward));

        // a line break in a title is refused at the door (issue 11 item 4: titles are one line), so none reaches a header
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "Castle <b>meeting</b>\r\nBcc: victim@example.com",
                        "startsAt", "2027-01-20T19:00:00Z", "endsAt", "2027-01-20T20:00:00Z", "wardCodes", List.of(ward)))
                .when().post("/matters").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "Castle <b>meeting</b> Bcc: victim@example.com",
                        "description", "<script>alert('x')</script>",
                        "startsAt", "2027-01-20T19:00:00Z", "endsAt", "2027-01-20T20:00:00Z", "wardCodes", List.of(ward)))
                .when().post("/matters").then().statusCode(201);

        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(60));
        assertEquals("Public meeting in your ward: Castle <b>meeting</b> Bcc: victim@example.com", mail.getSubject());
        assertEquals(null, mail.getHeader("Bcc"));
        String html = SmtpServer.textOf(mail, "text/html");
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("<script>"), html);
    }

    @Test
    void a_public_meeting_needs_its_times_and_known_wards() {
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "No times", "wardCodes", List.of("E05000001")))
                .when().post("/matters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItems("startsAt", "endsAt"));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "Unknown ward", "startsAt", "2027-01-20T19:00:00Z",
                        "endsAt", "2027-01-20T20:00:00Z", "wardCodes", List.of("NOWHERE")))
                .when().post("/matters")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("wardCodes[0]"));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body("{\"kind\": \"PICNIC\", \"title\": \"x\", \"wardCodes\": [\"E05000001\"]}")
                .when().post("/matters")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(org.liaison.embedded.DevTokens.mint("cllr-1", "councillor")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "x", "wardCodes", List.of("E05000001")))
                .when().post("/matters").then().statusCode(403);
    }

    static String notificationIdOf(MimeMessage message) throws Exception {
        String id = message.getMessageID();
        assertNotNull(id);
        return id.substring(1, id.indexOf('@'));
    }
}
