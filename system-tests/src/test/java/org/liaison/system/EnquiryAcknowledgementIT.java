package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;

/**
 * A councillor of the sample council raises an enquiry with enquiry-service; it is routed from the
 * directory replica, and the acknowledgement arrives by email through ward-notify-service.
 */
class EnquiryAcknowledgementIT {

    private static final String ADMIN = DevTokens.mint("system-test-admin", "admin");
    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
        suite.loadSampleCouncil();
    }

    @Tag("ENQ-6")
    @Test
    void ENQ_6_an_enquiry_raised_by_a_councillor_is_routed_and_acknowledged_by_email() throws Exception {
        String directory = suite.url("directory-service");
        Map<String, Object> councillor = given().baseUri(directory).auth().oauth2(ADMIN).when()
                .get("/councillors?ward=E05999002&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorId = (String) councillor.get("id");
        String email = (String) councillor.get("email");

        // In the sample council Housing's key contact is on leave; while that lasts, ENQ-4 passes to the head of service
        Map<String, Object> housing = given().baseUri(directory).auth().oauth2(ADMIN).when().get("/service-areas/HOUS")
                .then().statusCode(200).extract().as(Map.class);
        List<Map<String, String>> absences = given().baseUri(directory).auth().oauth2(ADMIN).when()
                .get("/officers/" + housing.get("keyContactOfficerId")).then().statusCode(200).extract().path("absences");
        // "at the time" is the suite's now: the enquiry is raised right after this, on the same London date
        LocalDate today = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate(); // the day the services are on
        boolean keyContactAway = absences.stream().anyMatch(a -> !today.isBefore(LocalDate.parse(a.get("from")))
                && !today.isAfter(LocalDate.parse(a.get("to"))));
        // the sample council is in every replica (loadSampleCouncil waited for it): the enquiry is routed at once
        Response received = given().baseUri(suite.url("enquiry-service")).auth().oauth2(DevTokens.mint(councillorId, "councillor"))
                .contentType(ContentType.JSON)
                .body(Map.of("subject", "Damp in council flat", "body", "A resident at Castle Hill reports damp.",
                        "serviceAreaCode", "HOUS", "category", "CASEWORK", "constituentConfidential", true))
                .when().post("/enquiries");
        received.then().statusCode(201).body("routingReason", containsString(keyContactAway ? "head of service" : "key contact"));
        String reference = received.path("reference");

        MimeMessage mail = suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).contains(reference), Duration.ofSeconds(120));
        assertTrue(mail.getSubject().startsWith("Enquiry " + reference + " received"), mail.getSubject());
        assertTrue(SmtpServer.textOf(mail, "text/plain").contains("Reference:    " + reference));
    }
}
