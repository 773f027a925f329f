package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.delivery.Notification;

/**
 * A councillor's own wards' matters ({@code GET /councillors/{id}/matters}): those that concern them, coming first
 * (soonest first), then the recent past; nothing nobody is told of (NTF-7 courtesy visits); none of another ward's; none
 * of other councillors' mail, but when they themselves were told (HUB-6). And a public meeting as an event for their
 * own calendar (NTF-1): the emailed invitation's UID and SEQUENCE, METHOD:PUBLISH, marked cancelled once it is off.
 */
@QuarkusTest
class CouncillorMattersTest {

    /** Monday 10 May 2027, 09:00 UTC: this test's "now". */
    private static final Instant NOW = Instant.parse("2027-05-10T09:00:00Z");

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void clockAsBefore() {
        clock.reset();
    }

    @Tag("NTF-1")
    @Tag("HUB-6")
    @Test
    void NTF_1_a_councillor_sees_their_wards_matters_coming_first_with_when_they_were_told_and_nothing_of_others() {
        clock.set(NOW);
        String ward = directory.ward("Abbey");
        String elsewhere = directory.ward("Westfield");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String adaEmail = "ada." + tag + "@members.council.example";
        String ada = directory.publish(NotifyRecords.councillor("Cllr Ada Price", adaEmail, ward)).id();
        String ben = directory.publish(NotifyRecords.councillor("Cllr Ben Okafor", "ben." + tag + "@members.council.example",
                ward)).id();
        String cara = directory.publish(NotifyRecords.councillor("Cllr Cara Singh", "cara." + tag + "@members.council.example",
                elsewhere)).id();

        String inThreeWeeks = register(Map.of("kind", "PUBLIC_MEETING", "title", "Abbey Road traffic scheme " + tag,
                "location", "Abbey Community Centre", "startsAt", at(21, 18), "endsAt", at(21, 20), "wardCodes", List.of(ward)));
        String nextWeek = register(Map.of("kind", "PUBLIC_MEETING", "title", "Abbey park plans " + tag,
                "startsAt", at(7, 18), "endsAt", at(7, 19), "wardCodes", List.of(ward, elsewhere)));
        String begun = register(Map.of("kind", "CONSULTATION", "title", "Abbey parking consultation " + tag,
                "startsAt", at(-10, 9), "wardCodes", List.of(ward)));
        String decided = register(Map.of("kind", "EXECUTIVE_DECISION", "title", "Abbey library hours " + tag,
                "description", "Opening hours extended on Saturdays.", "wardCodes", List.of(ward)));
        register(Map.of("kind", "PUBLIC_MEETING", "title", "Long ago " + tag, "startsAt", at(-100, 18), "endsAt", at(-100, 19),
                "wardCodes", List.of(ward)));
        register(Map.of("kind", "SITE_VISIT", "title", "Mayor's courtesy call " + tag, "visitBy", "The Mayor",
                "courtesyVisit", true, "startsAt", at(3, 11), "wardCodes", List.of(ward)));
        register(Map.of("kind", "PUBLIC_MEETING", "title", "Westfield only " + tag, "startsAt", at(5, 18),
                "endsAt", at(5, 19), "wardCodes", List.of(elsewhere)));
        Notifications.awaitFinal("to Ada", () -> Notifications.toRecipient(ada));

        String adaToken = DevTokens.mint(ada, "councillor");
        assertEquals(List.of(nextWeek, inThreeWeeks), ids(adaToken, ada, "?when=coming"), "coming, soonest first");
        assertEquals(List.of(decided, begun), ids(adaToken, ada, "?when=past"),
                "begun or undated, newest first; nothing from before the last 90 days, no courtesy visit");
        assertEquals(List.of(nextWeek, inThreeWeeks, decided, begun), ids(adaToken, ada, ""), "coming, then the recent past");
        Response secondPage = given().auth().oauth2(adaToken).when().get("/councillors/" + ada + "/matters?size=3&page=1");
        secondPage.then().statusCode(200).body("total", equalTo(4)).body("page", equalTo(1));
        assertEquals(List.of(begun), secondPage.jsonPath().getList("items.id"));
        // past the last page, an empty page; past the bound every list has (page 10,000), a problem naming the field
        given().auth().oauth2(adaToken).when().get("/councillors/" + ada + "/matters?size=500&page=10000")
                .then().statusCode(200).body("total", equalTo(4)).body("items.size()", equalTo(0));
        given().auth().oauth2(adaToken).when().get("/councillors/" + ada + "/matters?size=500&page=99999999")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("page"));

        given().auth().oauth2(adaToken).when().get("/councillors/" + ada + "/matters?when=coming")
                .then().statusCode(200)
                .body("items[0].title", equalTo("Abbey park plans " + tag))
                .body("items[0].kind", equalTo("PUBLIC_MEETING"))
                .body("items[0].ruleId", equalTo("NTF-1"))
                .body("items[0].wardCodes.size()", equalTo(2))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].calendarEvent", equalTo(true))
                .body("items[0].toldHow", equalTo("email"))
                .body("items[0].toldAt", notNullValue())
                .body("items[0].concernedSince", notNullValue())
                .body("items[0]", not(hasKey("recipients")))
                .body("items[1].location", equalTo("Abbey Community Centre"));
        given().auth().oauth2(adaToken).when().get("/councillors/" + ada + "/matters?when=past")
                .then().statusCode(200).body("items[0].calendarEvent", equalTo(false));

        // Cara, of the other ward, sees the meeting both wards share and her own ward's, not Abbey's
        given().auth().oauth2(DevTokens.mint(cara, "councillor")).when().get("/councillors/" + cara + "/matters?when=coming")
                .then().statusCode(200).body("items.title", equalTo(List.of("Westfield only " + tag, "Abbey park plans " + tag)));
        // only Ada, members' services and admins read Ada's list: another councillor is refused, as for an unknown id
        given().auth().oauth2(DevTokens.mint(ben, "councillor")).when().get("/councillors/" + ada + "/matters")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint(ben, "councillor")).when().get("/councillors/nobody-" + tag + "/matters")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/councillors/" + ada + "/matters")
                .then().statusCode(200).body("total", equalTo(4));
        given().auth().oauth2(adaToken).when().get("/councillors/" + ada + "/matters?when=someday")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("when"));
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_a_public_meeting_downloads_as_the_invitations_event_for_the_councillors_own_calendar() throws Exception {
        clock.set(NOW);
        String ward = directory.ward("Castle");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "dev." + tag + "@members.council.example";
        String dev = directory.publish(NotifyRecords.councillor("Cllr Dev Novak", email, ward)).id();
        String eve = directory.publish(NotifyRecords.councillor("Cllr Eve Fraser", "eve." + tag + "@members.council.example",
                directory.ward("Elsewhere"))).id();
        String meeting = register(Map.of("kind", "PUBLIC_MEETING", "title", "Castle Hill library: public meeting " + tag,
                "description", "The library's future; bring your questions.", "location", "Castle Hill Library",
                "startsAt", at(14, 18), "endsAt", at(14, 20), "wardCodes", List.of(ward)));
        String undated = register(Map.of("kind", "SIGNIFICANT_ISSUE", "title", "Castle Hill flooding " + tag,
                "description", "Drains blocked on Castle Street.", "wardCodes", List.of(ward)));
        MimeMessage invitation = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).contains("Castle Hill library"), Duration.ofSeconds(60));
        VEvent invited = event(SmtpServer.textOf(invitation, "text/calendar"), "REQUEST");

        String token = DevTokens.mint(dev, "councillor");
        Response download = given().auth().oauth2(token).when().get("/councillors/" + dev + "/matters/" + meeting + "/calendar");
        download.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/calendar"));
        String disposition = download.header("Content-Disposition");
        assertTrue(disposition.matches("attachment; filename=\"[a-z0-9-]+\\.ics\""), disposition);
        assertTrue(disposition.contains("castle-hill-library-public-meeting"), disposition);
        VEvent published = event(download.asString(), "PUBLISH");
        assertEquals(meeting + "@liaison", published.getUid().orElseThrow().getValue());
        assertEquals(invited.getUid().orElseThrow().getValue(), published.getUid().orElseThrow().getValue(),
                "the emailed invitation's event, so a calendar holding both shows one");
        assertEquals(invited.getSequence().orElseThrow().getValue(), published.getSequence().orElseThrow().getValue());
        assertEquals(invited.getDateTimeStart().orElseThrow().getValue(), published.getDateTimeStart().orElseThrow().getValue());
        assertEquals("Castle Hill Library", published.getLocation().orElseThrow().getValue());
        assertTrue(published.getProperties("ATTENDEE").isEmpty(), "published, not an invitation: nobody is asked to reply");
        assertEquals("CONFIRMED", published.getProperty("STATUS").orElseThrow().getValue());

        // members' services may fetch it for him; nobody gets one for a matter that does not concern the councillor
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/councillors/" + dev + "/matters/" + meeting + "/calendar")
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(eve, "councillor")).when().get("/councillors/" + eve + "/matters/" + meeting + "/calendar")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(DevTokens.mint(eve, "councillor")).when().get("/councillors/" + dev + "/matters/" + meeting + "/calendar")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/councillors/" + dev + "/matters/" + UUID.randomUUID() + "/calendar")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token).when().get("/councillors/" + dev + "/matters/" + undated + "/calendar")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("no start and end time"));

        // once cancelled, the download says so, at the cancellation's SEQUENCE
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("reason", "The library is closed for repairs")).when().post("/matters/" + meeting + "/cancel")
                .then().statusCode(200);
        VEvent cancelled = event(given().auth().oauth2(token).when()
                .get("/councillors/" + dev + "/matters/" + meeting + "/calendar").then().statusCode(200).extract().asString(),
                "PUBLISH");
        assertEquals("CANCELLED", cancelled.getProperty("STATUS").orElseThrow().getValue());
        assertEquals("1", cancelled.getSequence().orElseThrow().getValue());
        given().auth().oauth2(token).when().get("/councillors/" + dev + "/matters?when=coming")
                .then().statusCode(200).body("items[0].id", equalTo(meeting)).body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].cancellationReason", equalTo("The library is closed for repairs"));
        Notifications.awaitFinal("about " + meeting, () -> Notifications.ofMatter(meeting));
        assertTrue(Notifications.ofMatter(meeting).stream().allMatch(n -> n.status != Notification.Status.FAILED));
    }

    private static VEvent event(String ics, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals(method, calendar.getProperty("METHOD").orElseThrow().getValue(), ics);
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static List<String> ids(String token, String councillorId, String query) {
        return given().auth().oauth2(token).when().get("/councillors/" + councillorId + "/matters" + query)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
    }

    private static String register(Map<String, Object> matter) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(new HashMap<>(matter))
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }

    /** {@code days} from this test's now, at {@code hour}:00 UTC, as the API takes it. */
    private static String at(int days, int hour) {
        return NOW.truncatedTo(ChronoUnit.DAYS).plus(days, ChronoUnit.DAYS).plus(hour, ChronoUnit.HOURS).toString();
    }
}
