package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
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
import org.liaison.embedded.SuiteServices;

/**
 * The walking skeleton end to end: the four packaged services as separate processes on real PostgreSQL,
 * Kafka and SMTP. A ward and councillor created in directory-service travel over Kafka to
 * ward-notify-service, and registering a public meeting there puts an invitation in the councillor's inbox.
 */
class PublicMeetingInvitationIT {

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
        String wardCode = "E05" + (100000 + (int) (Math.random() * 899999));
        String email = "cllr." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";

        given().baseUri(directory).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", wardCode, "name", "St Mary's"))
                .when().post("/wards").then().statusCode(201);
        String councillorId = given().baseUri(directory).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Grace Adeyemi", "email", email, "wardCodes", List.of(wardCode)))
                .when().post("/councillors").then().statusCode(201).extract().path("id");

        awaitInReplica(notify, wardCode, councillorId);

        String matterId = given().baseUri(notify).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "St Mary's library consultation evening",
                        "location", "St Mary's Library", "startsAt", "2027-03-04T19:00:00Z", "endsAt", "2027-03-04T20:30:00Z",
                        "wardCodes", List.of(wardCode)))
                .when().post("/matters").then().statusCode(201).extract().path("id");

        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email), Duration.ofSeconds(120));
        assertEquals("Public meeting in your ward: St Mary's library consultation evening", mail.getSubject());
        Calendar invitation = new CalendarBuilder().build(new StringReader(SmtpServer.textOf(mail, "text/calendar")));
        VEvent event = invitation.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("REQUEST", invitation.getProperty("METHOD").orElseThrow().getValue());
        assertEquals(matterId + "@liaison", event.getUid().orElseThrow().getValue());
        assertEquals("20270304T190000Z", event.getDateTimeStart().getValue());
        assertEquals("St Mary's Library", event.getProperty("LOCATION").orElseThrow().getValue());

        given().baseUri(notify).auth().oauth2(MEMBERS_SERVICES).when().get("/matters/" + matterId)
                .then().statusCode(200)
                .body("recipients[0].councillorId", equalTo(councillorId))
                .body("recipients[0].notificationStatus", equalTo("SENT"));
    }

    private static void awaitInReplica(String notify, String wardCode, String councillorId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            var response = given().baseUri(notify).auth().oauth2(MEMBERS_SERVICES).when().get("/wards/" + wardCode + "/councillors");
            if (response.statusCode() == 200 && response.jsonPath().getList("id").contains(councillorId)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("ward-notify-service never learned of councillor " + councillorId);
    }
}
