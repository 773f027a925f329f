package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;

/**
 * One enquiry's whole life on the packaged suite, with the clock moved rather than waited for: intake and
 * acknowledgement, a holding reply, the due-soon reminder, the overdue notices (the councillor at once, the officer
 * and line manager at the start of their next working hours), escalation to the head of service and then the
 * director, and the reply. Every email is read from the SMTP server.
 *
 * <p>Sample council, Environmental Services: key contact Ada Wright, whose line manager is the head of service Wyn
 * Lowe; director Isla Hart; all work Monday to Friday, 09:00–17:00.
 */
class EnquiryLifecycleIT extends MovingClockSuiteTest {

    private static final String ADA = "ada.wright15@aldermoor.example";
    private static final String WYN = "wyn.lowe14@aldermoor.example";
    private static final String ISLA = "isla.hart1@aldermoor.example";
    private static final Duration MAIL_WITHIN = Duration.ofSeconds(90);




    @Tag("ENQ-1")
    @Tag("ENQ-3")
    @Tag("ENQ-6")
    @Tag("ENQ-7")
    @Tag("ENQ-8")
    @Tag("ENQ-9")
    @Tag("HUB-3")
    @Test
    void an_enquiry_from_intake_through_holding_reply_overdue_and_escalation_to_the_reply() throws Exception {
        String admin = DevTokens.mint("system-test-admin", "admin");
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999004&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorToken = DevTokens.mint((String) councillor.get("id"), "councillor");
        String councillorEmail = (String) councillor.get("email");

        // Monday 11 January 2027, 10:00: received on a working day before close of business, so that is day 0 (ENQ-3)
        suite.moveClockTo(Instant.parse("2027-01-11T10:00:00Z"));
        Response raised = raise(councillorToken);
        raised.then().statusCode(201).body("dueAt", equalTo("2027-01-18T17:00:00Z"));
        String id = raised.path("id");
        String reference = raised.path("reference");
        String subject = "Overflowing bins on Castle Street";
        String officerToken = DevTokens.mint(raised.path("assignedOfficerId"), "officer");

        MimeMessage acknowledgement = await(councillorEmail, "Enquiry " + reference + " received: " + subject);
        assertTrue(text(acknowledgement).contains("Reply due by: Monday 18 January 2027, 17:00"), text(acknowledgement));

        // ENQ-7: the officer cannot answer in time and says why, with a new target date
        given().baseUri(suite.url("enquiry-service")).auth().oauth2(officerToken).contentType(ContentType.JSON)
                .body(Map.of("reason", "The collection contractor is reviewing the round.", "newTargetDate", "2027-01-20"))
                .when().post("/enquiries/" + id + "/holding-reply")
                .then().statusCode(200).body("dueAt", equalTo("2027-01-20T17:00:00Z"));
        MimeMessage holding = await(councillorEmail, "Holding reply to enquiry " + reference + ": " + subject);
        assertTrue(text(holding).contains("New date for the full reply: Wednesday 20 January 2027, 17:00"), text(holding));

        // ENQ-8: one working day before the new due date, the officer is reminded
        suite.moveClockTo(Instant.parse("2027-01-19T10:00:00Z"));
        await(ADA, "Reminder: enquiry " + reference + " is due Wednesday 20 January 2027, 17:00: " + subject);

        // At the due time (17:00, close of business) the councillor is told at once; the officer's hours are over (ENQ-9)
        suite.moveClockTo(Instant.parse("2027-01-20T17:30:00Z"));
        await(councillorEmail, "Your enquiry " + reference + " is overdue: " + subject);
        // Whatever the chasers (every second) have made of the enquiry by now is on Kafka and handled by the hub, and
        // its mail is settled: nothing reached an officer after close of business, and anything for them waits for
        // Thursday 21 January, 09:00, when their working hours start
        Instant closeOfBusiness = Instant.parse("2027-01-20T17:00:00Z");
        Instant officersStart = Instant.parse("2027-01-21T09:00:00Z");
        List<RunningSuite.Mail> settled = suite.awaitMailSettledFor(List.of(id));
        assertTrue(settled.stream().anyMatch(mail -> mail.to().equals(ADA) && mail.sent()
                && mail.sentAt().isBefore(closeOfBusiness)), "the due-soon reminder to the officer is among the mail read: " + settled);
        for (RunningSuite.Mail mail : settled) {
            if (List.of(ADA, WYN, ISLA).contains(mail.to())) {
                assertTrue(mail.sent() ? mail.sentAt().isBefore(closeOfBusiness)
                        : mail.held() && !mail.nextAttemptAt().isBefore(officersStart), "not outside working hours: " + mail);
            }
        }
        assertEquals(0, count(ADA, "Overdue: enquiry " + reference), "nobody is chased outside their working hours");

        // ... and the officer and their line manager when their working hours start the next morning
        suite.moveClockTo(Instant.parse("2027-01-21T09:05:00Z"));
        await(ADA, "Overdue: enquiry " + reference + ": " + subject);
        MimeMessage toLineManager = await(WYN, "Overdue: enquiry " + reference + ": " + subject);
        assertTrue(text(toLineManager).contains("Ada Wright's reply"), text(toLineManager));

        // Two working days after due (Friday 22 January, 17:00) → the head of service, at the start of Monday
        suite.moveClockTo(Instant.parse("2027-01-25T09:05:00Z"));
        MimeMessage toHead = await(WYN, "Escalation: enquiry " + reference + " is overdue: " + subject);
        assertTrue(text(toHead).contains("escalated to you as head of service"), text(toHead));

        // Five working days after due (Wednesday 27 January, 17:00) → the director, on Thursday morning
        suite.moveClockTo(Instant.parse("2027-01-28T09:05:00Z"));
        MimeMessage toDirector = await(ISLA, "Escalation: enquiry " + reference + " is overdue: " + subject);
        assertTrue(text(toDirector).contains("escalated to you as director"), text(toDirector));

        given().baseUri(suite.url("enquiry-service")).auth().oauth2(officerToken).contentType(ContentType.JSON)
                .body(Map.of("body", "The round has been changed: Castle Street is now emptied twice a week."))
                .when().post("/enquiries/" + id + "/reply").then().statusCode(200).body("status", equalTo("ANSWERED"));
        MimeMessage reply = await(councillorEmail, "Reply to enquiry " + reference + ": " + subject);
        assertTrue(text(reply).contains("emptied twice a week"), text(reply));
        // an answered enquiry is not chased: every email it made is sent, and the SMTP server has all there will be
        assertTrue(suite.awaitMailSettledFor(List.of(id)).stream().allMatch(RunningSuite.Mail::sent), "all mail sent");

        given().baseUri(suite.url("enquiry-service")).auth().oauth2(councillorToken).when().get("/enquiries/" + id)
                .then().statusCode(200).body("status", equalTo("ANSWERED")).body("escalationLevel", equalTo(2));
        for (String[] once : new String[][] {{ADA, "Reminder: enquiry " + reference}, {ADA, "Overdue: enquiry " + reference},
                {WYN, "Escalation: enquiry " + reference}, {ISLA, "Escalation: enquiry " + reference},
                {councillorEmail, "Your enquiry " + reference + " is overdue"}}) {
            assertEquals(1, count(once[0], once[1]), "each step fires once: " + once[1] + " to " + once[0]);
        }
    }

    /** Raised once: the sample council is in enquiry-service's replica already (loadSampleCouncil waited for it). */
    private static Response raise(String councillorToken) {
        return given().baseUri(suite.url("enquiry-service")).auth().oauth2(councillorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("subject", "Overflowing bins on Castle Street", "body", "Residents report bins left full.",
                        "serviceAreaCode", "ENV", "category", "WARD_ISSUE", "wardCode", "E05999004"))
                .when().post("/enquiries");
    }

    private static MimeMessage await(String to, String subject) {
        return suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, to) && subject.equals(SmtpServer.subjectOf(m)), MAIL_WITHIN);
    }

    private static long count(String to, String subjectStart) {
        return suite.smtp.received().stream()
                .filter(m -> SmtpServer.sentTo(m, to) && SmtpServer.subjectOf(m).startsWith(subjectStart)).count();
    }


    private static String text(MimeMessage message) {
        return SmtpServer.textOf(message, "text/plain");
    }
}
