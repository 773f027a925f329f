package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Liaison in a browser (issue 13): a councillor of the sample council signs in through the OIDC provider's login page,
 * raises an enquiry (first leaving the form empty, to see the service's validation errors), and sees it in their list;
 * the officer it was routed to signs in, finds it in their queue and replies; the reply reaches the councillor by
 * email. Headless Chromium, the packaged web app and the packaged suite, all as their own processes. axe-core checks
 * every page of the web app on the way (the provider's DEV/TEST-ONLY login page is not Liaison's and is not checked).
 */
class EnquiryInTheBrowserIT {

    private static final String SUBJECT = "Fly-tipping behind Mill Lane shops";
    private static final String ENQUIRY = "Residents report a mattress and builders' rubble dumped behind the shops since Monday.";
    private static final String REPLY = "Our crew cleared Mill Lane this morning; we have asked the shops to keep the gate locked.";
    private static final Duration MAIL_WITHIN = Duration.ofSeconds(120);

    private static RunningSuite suite;
    private static String web;
    private static Browser browser;

    @BeforeAll
    static void startTheSuiteTheWebAppAndABrowser() throws Exception {
        Browser.ensureInstalled(); // before anything else: without a browser, fail (or install it) at once
        suite = RunningSuite.get();
        suite.loadSampleCouncil();
        web = suite.web().baseUrl();
        // target/screens, so a test run leaves the working tree as it was; -Dliaison.screens=docs/screens refreshes the README's
        browser = Browser.start(suite.repository.resolve(System.getProperty("liaison.screens", "system-tests/target/screens")));
    }

    @AfterAll
    static void closeTheBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Tag("ENQ-6")
    @Test
    void a_councillor_raises_an_enquiry_in_the_browser_and_the_officer_it_was_routed_to_replies_there() throws Exception {
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service"))
                .auth().oauth2(DevTokens.mint("system-test-admin", "admin")).when()
                .get("/councillors?ward=E05999006&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorName = (String) councillor.get("displayName");
        String councillorEmail = (String) councillor.get("email");

        // Sign in as the councillor: the provider's login page, as a council's provider would show one
        signIn(councillorEmail, "councillor", "sign-in");
        assertEquals("Welcome, " + councillorName, browser.heading());
        assertEquals("councillor", browser.text("#roles"));
        browser.assertAccessible("the start page");
        browser.screenshot("start-page-councillor");

        // The form, sent empty: enquiry-service's problem+json shown in the error summary and beside each field
        browser.click("a[href='/enquiries/new']", "form button#raise");
        browser.assertAccessible("the raise-an-enquiry form");
        browser.click("button#raise", ".govuk-error-summary");
        assertTrue(browser.driver().getTitle().startsWith("Error: "), browser.driver().getTitle());
        List<String> summary = browser.driver().findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText).toList();
        // in the order of the form, as the GOV.UK pattern lists them
        assertEquals(List.of("Enter a subject", "Select a service area", "Select what kind of enquiry it is", "Enter your enquiry"),
                summary);
        assertEquals("Error: Enter a subject", oneLine(browser.text("#subject-error")));
        browser.assertAccessible("the form with errors");
        browser.screenshot("raise-an-enquiry-errors");

        // ... then filled in and sent
        browser.type("#subject", SUBJECT);
        new Select(browser.find("#serviceAreaCode")).selectByValue("ENV");
        browser.find("label[for='category-WARD_ISSUE']").click(); // GOV.UK radios: the input itself is hidden
        browser.type("#body", ENQUIRY);
        browser.click("button#raise", ".govuk-panel--confirmation");
        String reference = browser.text("#reference");
        assertTrue(reference.matches("ENQ-\\d{4}-\\d{6}"), reference);
        String officerEmail = browser.text("#officer-email");
        String officerName = browser.text("#officer").lines().findFirst().orElseThrow().split(",")[0];
        assertEquals("With the officer", browser.text("#status"));
        browser.assertAccessible("the enquiry-sent page");
        browser.screenshot("enquiry-sent");

        MimeMessage acknowledgement = suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail)
                && SmtpServer.subjectOf(m).equals("Enquiry " + reference + " received: " + SUBJECT), MAIL_WITHIN);
        assertTrue(SmtpServer.textOf(acknowledgement, "text/plain").contains(officerName), "the acknowledgement names the officer");

        browser.click("a[href='/enquiries']", "#my-enquiries");
        WebElement row = rowOf("#my-enquiries", reference);
        assertTrue(row.getText().contains(SUBJECT) && row.getText().contains("With the officer")
                && row.getText().contains(officerName), row.getText());
        browser.assertAccessible("the councillor's enquiries");
        browser.screenshot("my-enquiries");

        signOut();

        // The officer it was routed to: their queue, the enquiry, a reply (first empty)
        signIn(officerEmail, "officer", null);
        assertEquals("Welcome, " + officerName, browser.heading());
        browser.assertAccessible("the officer's start page");
        browser.click("a[href='/queue']", "#queue");
        WebElement queued = rowOf("#queue", reference);
        assertTrue(queued.getText().contains(councillorName), queued.getText());
        browser.assertAccessible("the officer's queue");
        browser.screenshot("officer-queue");

        queued.findElement(By.linkText(reference)).click();
        browser.find("button#send-reply");
        assertEquals(ENQUIRY, browser.text("#body-text"));
        browser.assertAccessible("the enquiry page with the reply form");
        browser.click("button#send-reply", ".govuk-error-summary");
        assertEquals("Error: Enter your reply", oneLine(browser.text("#body-error")));
        browser.assertAccessible("the reply form with errors");

        browser.type("#body", REPLY);
        browser.click("button#send-reply", "#replied");
        assertEquals("Answered", browser.text("#status"));
        assertTrue(browser.driver().findElements(By.cssSelector("button#send-reply")).isEmpty(), "an answered enquiry has no reply form");
        browser.assertAccessible("the answered enquiry");
        browser.screenshot("enquiry-answered");

        MimeMessage reply = suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail)
                && SmtpServer.subjectOf(m).equals("Reply to enquiry " + reference + ": " + SUBJECT), MAIL_WITHIN);
        assertTrue(SmtpServer.textOf(reply, "text/plain").contains(REPLY), SmtpServer.textOf(reply, "text/plain"));
        signOut();
    }

    /**
     * Opens the web app and signs in on the provider's login page as a council's provider would name the person: by
     * email, with their Liaison role in the {@code groups} claim.
     */
    private static void signIn(String email, String role, String screenshot) {
        browser.open(web + "/");
        browser.type("input[name='username']", email);
        browser.type("textarea[name='claims']", "{\"email\": \"" + email + "\", \"groups\": [\"" + role + "\"]}");
        if (screenshot != null) {
            browser.screenshot(screenshot);
        }
        browser.click("input[type='submit']", "#who-you-are");
    }

    private static void signOut() {
        browser.click("a[href='/sign-out']", "#sign-in-again");
        assertEquals("You have signed out", browser.heading());
        browser.assertAccessible("the signed-out page");
    }

    /** The text with its line breaks (a visually hidden prefix is a line of its own) as single spaces. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static WebElement rowOf(String table, String reference) {
        return browser.driver().findElements(By.cssSelector(table + " tbody tr")).stream()
                .filter(r -> r.getText().contains(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not in " + table + ": " + browser.text(table)));
    }
}
