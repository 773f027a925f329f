package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.openqa.selenium.By;

/**
 * A disputed decline in the browser (ENQ-11, issue 13). Housing declines a councillor's request for information as too
 * costly; the councillor signs in, reads why on the enquiry's page and disputes it (first without grounds, to see the
 * service's refusal); the chief executive is emailed, signs in, finds it among the disputes to decide, and overturns
 * the decline with an explanation: the enquiry is back with its officer and the councillor is told. axe-core checks
 * every page.
 */
class DisputeInTheBrowserIT extends InTheBrowser {

    private static final String CHIEF_EXECUTIVE_EMAIL = "finn.patel0@aldermoor.example";
    private static final Duration MAIL_WITHIN = Duration.ofSeconds(120);
    private static final String SUBJECT = "Cost of temporary accommodation since 2019";

    @Tag("ENQ-11")
    @Test
    void a_councillor_disputes_a_declined_request_and_the_chief_executive_overturns_it_in_the_browser() {
        String admin = DevTokens.mint("system-test-admin", "admin");
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999005&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorEmail = (String) councillor.get("email");
        Map<String, Object> raised = given().baseUri(suite.url("enquiry-service"))
                .auth().oauth2(DevTokens.mint((String) councillor.get("id"), "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", SUBJECT, "body", "What has the council spent on temporary accommodation each year since 2019, by kind?",
                        "serviceAreaCode", "HOUS", "category", "INFORMATION"))
                .when().post("/enquiries").then().statusCode(201).extract().path("");
        String id = (String) raised.get("id");
        String reference = (String) raised.get("reference");
        given().baseUri(suite.url("enquiry-service")).auth().oauth2(DevTokens.mint((String) raised.get("assignedOfficerId"), "officer"))
                .contentType(ContentType.JSON).body(Map.of("reason", "UNREASONABLE_RESOURCES",
                        "explanation", "The figures before 2022 are on paper files; collating them would take weeks."))
                .when().post("/enquiries/" + id + "/decline").then().statusCode(200);

        // The councillor reads why, and disputes it: without grounds first, which the service refuses
        browser.signIn(web, councillorEmail, "councillor", null);
        browser.open(web + "/enquiries/" + id);
        assertEquals("Declined", browser.text("#status"));
        assertEquals("It would take an unreasonable amount of the council's resources", browser.text("#decline-why"));
        browser.assertAccessible("a declined enquiry, to the councillor");
        browser.click("button#send-dispute", ".govuk-error-summary");
        assertTrue(browser.driver().findElements(By.cssSelector("#grounds-error")).size() == 1, browser.text(".govuk-error-summary"));
        browser.assertAccessible("the dispute form with its error");
        browser.type("#grounds", "Figures since 2022 alone would do; they are in the housing system.");
        browser.click("button#send-dispute", "#done");
        assertEquals("Decline disputed", browser.text("#status"));
        assertTrue(browser.driver().findElements(By.cssSelector("#send-dispute")).isEmpty(), "a decline is disputed once");
        browser.screenshot("decline-disputed");
        suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, CHIEF_EXECUTIVE_EMAIL)
                && SmtpServer.subjectOf(m).equals("Disputed decline of enquiry " + reference + ": " + SUBJECT), MAIL_WITHIN);
        browser.signOut();

        // The chief executive finds it among the disputes to decide, and overturns the decline
        browser.signIn(web, CHIEF_EXECUTIVE_EMAIL, "chief-executive", null);
        browser.click("a[href='/disputes']", "#disputed-enquiries");
        assertEquals("Disputes to decide", browser.heading());
        browser.rowOf("#disputed-enquiries", reference);
        browser.assertAccessible("the disputes to decide");
        browser.screenshot("disputes-to-decide");
        browser.click("#disputed-enquiries a[href='/enquiries/" + id + "']", "form#decide");
        assertTrue(browser.text("#dispute-grounds").contains("Figures since 2022 alone would do"), browser.text("#dispute-grounds"));
        browser.click("button#send-decision", ".govuk-error-summary");
        assertTrue(browser.driver().findElements(By.cssSelector("#outcome-error")).size() == 1, browser.text(".govuk-error-summary"));
        browser.assertAccessible("the decision form with its errors");
        browser.find("label[for='outcome-OVERTURNED']").click();
        browser.type("#decision-explanation", "The figures since 2022 are readily available; please send those.");
        browser.click("button#send-decision", "#done");
        assertEquals("With the officer", browser.text("#status"));
        assertTrue(browser.text("#dispute-decision").startsWith("Overturned"), browser.text("#dispute-decision"));
        suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail)
                && SmtpServer.subjectOf(m).equals("Your dispute of enquiry " + reference + ": decline overturned"), MAIL_WITHIN);
        browser.open(web + "/disputes");
        assertTrue(browser.driver().findElements(By.cssSelector("#disputed-enquiries a[href='/enquiries/" + id + "']")).isEmpty(),
                "a decided dispute is no longer listed");
        browser.signOut();
    }
}
