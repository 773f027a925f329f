package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A councillor's wards' matters in the browser (issue 13, NTF-1): members' services register a public meeting for St
 * Mary's ward; Cllr Ben Lowe of St Mary's signs in, sees it under "Coming up" (London time, where, the ward, when he was
 * emailed) and downloads it for his own calendar: the iCalendar file is the emailed invitation's event (same UID and
 * SEQUENCE) published for him. The other Cllr Ben Lowe, of Abbey, with the same name, does not see it and cannot
 * download it. axe-core checks every page; the download is reached with the keyboard alone.
 */
class WardMattersInTheBrowserIT extends InTheBrowser {

    private static final String ST_MARYS = "E05999022";
    private static final String BEN_LOWE_OF_ST_MARYS = "ben.lowe2@members.aldermoor.example";
    private static final String BEN_LOWE_OF_ABBEY = "ben.lowe@members.aldermoor.example";
    private static final DateTimeFormatter LONDON_LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Tag("NTF-1")
    @Test
    void NTF_1_a_ward_councillor_sees_a_coming_meeting_and_adds_it_to_their_calendar_and_another_wards_namesake_does_not()
            throws Exception {
        // an evening meeting two weeks after the suite's today, 18:30 to 20:30 in London
        ZonedDateTime startsAt = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate().plusWeeks(2).atTime(18, 30)
                .atZone(SuiteClock.LONDON);
        ZonedDateTime endsAt = startsAt.plusHours(2);
        String title = "St Mary's churchyard wall: public meeting " + startsAt.toLocalDate();
        String matterId = given().baseUri(suite.url("ward-notify-service"))
                .auth().oauth2(DevTokens.mint("ms-officer-1", "members-services")).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", title,
                        "description", "The survey of the churchyard wall and the options for its repair.",
                        "location", "St Mary's Church Hall", "startsAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startsAt),
                        "endsAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(endsAt), "wardCodes", List.of(ST_MARYS)))
                .when().post("/matters").then().statusCode(201).extract().path("id");
        MimeMessage invitation = suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, BEN_LOWE_OF_ST_MARYS)
                && SmtpServer.subjectOf(m).contains(title), Duration.ofSeconds(120));
        VEvent invited = new CalendarBuilder().build(new StringReader(SmtpServer.textOf(invitation, "text/calendar")))
                .<VEvent>getComponent("VEVENT").orElseThrow();

        // Cllr Ben Lowe of St Mary's: the meeting under "Coming up", with when he was told once the hub has recorded it
        browser.signIn(web, BEN_LOWE_OF_ST_MARYS, "councillor", null);
        assertEquals("Welcome, Cllr Ben Lowe", browser.heading());
        assertTrue(browser.text("#who-you-are").contains(BEN_LOWE_OF_ST_MARYS), "the St Mary's one");
        browser.click("a[href='/my-wards']", "#coming");
        assertEquals("Your wards' matters", browser.heading());
        await().alias("the meeting listed with when he was emailed").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                    browser.driver().navigate().refresh();
                    assertTrue(browser.rowOf("#coming", title).getText().contains("By email"), browser.text("#coming"));
                });
        WebElement row = browser.rowOf("#coming", title);
        String shown = Browser.oneLine(row.getText());
        for (String expected : List.of("Public meeting (NTF-1)", LONDON_LONG.format(startsAt) + " to 20:30",
                "St Mary's Church Hall", "St Mary's", "Add to your calendar")) {
            assertTrue(shown.contains(expected), "expected \"" + expected + "\" in: " + shown);
        }
        browser.assertAccessible("a councillor's wards' matters");
        browser.screenshot("my-wards-matters");

        // "Add to your calendar", reached with the keyboard alone, and fetched as the browser would (signed in): the
        // invitation's event, published for him
        String href = browser.tabTo("#matter-" + matterId + " a.liaison-calendar", 80).getAttribute("href");
        assertTrue(href.endsWith("/my-wards/" + matterId + "/calendar.ics"), href);
        JsonNode download = fetch(href);
        assertEquals(200, download.path("status").asInt(), download.toString());
        assertTrue(download.path("type").asText().startsWith("text/calendar"), download.toString());
        assertTrue(download.path("disposition").asText().matches("attachment; filename=\"[a-z0-9-]+\\.ics\""), download.toString());
        String ics = download.path("text").asText();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue(), ics);
        VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(matterId + "@liaison", event.getProperty("UID").orElseThrow().getValue());
        assertEquals(invited.getProperty("UID").orElseThrow().getValue(), event.getProperty("UID").orElseThrow().getValue(),
                "the emailed invitation's event, so his calendar shows it once");
        assertEquals(invited.getProperty("SEQUENCE").orElseThrow().getValue(), event.getProperty("SEQUENCE").orElseThrow().getValue());
        assertEquals(title, event.getProperty("SUMMARY").orElseThrow().getValue());
        assertEquals(ICAL_UTC.format(startsAt), event.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals(ICAL_UTC.format(endsAt), event.getProperty("DTEND").orElseThrow().getValue());
        assertTrue(event.getProperties("ATTENDEE").isEmpty(), "published, not an invitation to answer");
        browser.signOut();

        // Cllr Ben Lowe of Abbey, the same name in another ward: not his ward's meeting, nor his download
        browser.signIn(web, BEN_LOWE_OF_ABBEY, "councillor", null);
        assertEquals("Welcome, Cllr Ben Lowe", browser.heading());
        browser.click("a[href='/my-wards']", "#earlier-heading");
        assertFalse(browser.find("main").getText().contains(title), browser.find("main").getText());
        browser.assertAccessible("another ward's councillor's wards' matters");
        JsonNode refused = fetch(href);
        assertEquals(404, refused.path("status").asInt(), refused.toString());
        assertFalse(refused.path("text").asText().contains("BEGIN:VCALENDAR"), refused.toString());
        browser.signOut();
    }

    /** {@code href} fetched in the page (same origin, with the session cookie): status, type, disposition and text. */
    private static JsonNode fetch(String href) throws Exception {
        Object result = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(JSON.stringify({"
                + "status: r.status, type: r.headers.get('Content-Type'), disposition: r.headers.get('Content-Disposition'),"
                + "text: t}))), e => done(JSON.stringify({status: -1, text: 'failed: ' + e})));", href);
        return JSON.readTree(String.valueOf(result));
    }
}
