package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;

/**
 * The walking skeleton end to end: the four packaged services as separate processes on real PostgreSQL,
 * Kafka and SMTP. A ward and councillor created in directory-service travel over Kafka to
 * ward-notify-service, and registering a public meeting there puts an invitation in the councillor's inbox.
 */
class PublicMeetingInvitationIT {

    private static final DateTimeFormatter ICAL_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");

    private static RunningSuite suite;
    private static SmtpServer smtp;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
        smtp = suite.smtp;
    }

    @Test
    void all_four_services_are_up_with_database_and_kafka() {
        for (SuiteServices.Service service : SuiteServices.ALL) {
            given().baseUri(suite.url(service.name())).when().get("/q/health")
                    .then().statusCode(200).body("status", equalTo("UP"));
        }
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_a_public_meeting_registered_for_a_ward_reaches_its_councillor_by_email_with_a_calendar_invitation()
            throws Exception {
        String directory = suite.url("directory-service");
        String notify = suite.url("ward-notify-service");
        // a fresh ward, outside the sample council's E05999001 to E05999024
        String wardCode = "E05" + (100000 + (int) (Math.random() * 800000));
        String email = "cllr." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";

        given().baseUri(directory).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", wardCode, "name", "St Mary's"))
                .when().post("/wards").then().statusCode(201);
        String councillorId = given().baseUri(directory).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Grace Adeyemi", "email", email, "wardCodes", List.of(wardCode)))
                .when().post("/councillors").then().statusCode(201).extract().path("id");

        // the ward and its councillor have travelled over Kafka to ward-notify-service
        suite.awaitDirectoryReplicated();
        given().baseUri(notify).auth().oauth2(MEMBERS_SERVICES).when().get("/wards/" + wardCode + "/councillors")
                .then().statusCode(200).body("id", hasItem(councillorId));

        // an evening meeting three weeks after the suite's today, 19:00 to 20:30 in London
        ZonedDateTime startsAt = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate().plusWeeks(3).atTime(19, 0)
                .atZone(SuiteClock.LONDON);
        ZonedDateTime endsAt = startsAt.plusMinutes(90);
        String matterId = given().baseUri(notify).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "St Mary's library consultation evening",
                        "location", "St Mary's Library", "startsAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startsAt),
                        "endsAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(endsAt), "wardCodes", List.of(wardCode)))
                .when().post("/matters").then().statusCode(201).extract().path("id");

        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(120));
        assertEquals("Public meeting in your ward: St Mary's library consultation evening", mail.getSubject());
        Calendar invitation = new CalendarBuilder().build(new StringReader(SmtpServer.textOf(mail, "text/calendar")));
        VEvent event = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("REQUEST", invitation.getProperty("METHOD").orElseThrow().getValue());
        assertEquals(matterId + "@liaison", event.getUid().orElseThrow().getValue());
        assertEquals(ICAL_UTC.format(startsAt), event.getDateTimeStart().getValue());
        assertEquals("St Mary's Library", event.getProperty("LOCATION").orElseThrow().getValue());

        // the hub records SENT once the SMTP server has accepted the email, just after it arrived there
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().baseUri(notify).auth().oauth2(MEMBERS_SERVICES).when().get("/matters/" + matterId)
                        .then().statusCode(200)
                        .body("recipients[0].councillorId", equalTo(councillorId))
                        .body("recipients[0].notificationStatus", equalTo("SENT")));
    }
}
