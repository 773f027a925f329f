package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Liaison in a browser (issue 13): a councillor of the sample council signs in through the OIDC provider's login page,
 * raises an enquiry (first leaving the form empty, to see the service's validation errors), and sees it in their list;
 * the officer it was routed to signs in, finds it in their queue and replies; the reply reaches the councillor by
 * email. Headless Chromium, the packaged web app and the packaged suite, all as their own processes. axe-core checks
 * every page of the web app on the way (the provider's DEV/TEST-ONLY login page is not Liaison's and is not checked).
 */
class EnquiryInTheBrowserIT extends InTheBrowser {

    private static final String SUBJECT = "Fly-tipping behind Mill Lane shops";
    private static final String ENQUIRY = "Residents report a mattress and builders' rubble dumped behind the shops since Monday.";
    private static final String REPLY = "Our crew cleared Mill Lane this morning; we have asked the shops to keep the gate locked.";
    private static final Duration MAIL_WITHIN = Duration.ofSeconds(120);

    @Tag("ENQ-6")
    @Test
    void a_councillor_raises_an_enquiry_in_the_browser_and_the_officer_it_was_routed_to_replies_there() throws Exception {
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service"))
                .auth().oauth2(DevTokens.mint("system-test-admin", "admin")).when()
                .get("/councillors?ward=E05999006&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorName = (String) councillor.get("displayName");
        String councillorEmail = (String) councillor.get("email");

        // Sign in as the councillor: the provider's login page, as a council's provider would show one
        browser.signIn(web, councillorEmail, "councillor", "sign-in");
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
        assertEquals("Error: Enter a subject", Browser.oneLine(browser.text("#subject-error")));
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
        WebElement row = browser.rowOf("#my-enquiries", reference);
        assertTrue(row.getText().contains(SUBJECT) && row.getText().contains("With the officer")
                && row.getText().contains(officerName), row.getText());
        browser.assertAccessible("the councillor's enquiries");
        browser.screenshot("my-enquiries");

        browser.signOut();

        // The officer it was routed to: their queue, the enquiry, a reply (first empty)
        browser.signIn(web, officerEmail, "officer", null);
        assertEquals("Welcome, " + officerName, browser.heading());
        browser.assertAccessible("the officer's start page");
        browser.click("a[href='/queue']", "#queue");
        WebElement queued = browser.rowOf("#queue", reference);
        assertTrue(queued.getText().contains(councillorName), queued.getText());
        browser.assertAccessible("the officer's queue");
        browser.screenshot("officer-queue");

        queued.findElement(By.linkText(reference)).click();
        browser.find("button#send-reply");
        assertEquals(ENQUIRY, browser.text("#body-text"));
        browser.assertAccessible("the enquiry page with the reply form");
        browser.click("button#send-reply", ".govuk-error-summary");
        assertEquals("Error: Enter your reply", Browser.oneLine(browser.text("#body-error")));
        browser.assertAccessible("the reply form with errors");

        browser.type("#body", REPLY);
        browser.click("button#send-reply", "#done");
        assertEquals("Answered", browser.text("#status"));
        assertTrue(browser.driver().findElements(By.cssSelector("button#send-reply")).isEmpty(), "an answered enquiry has no reply form");
        browser.assertAccessible("the answered enquiry");
        browser.screenshot("enquiry-answered");

        MimeMessage reply = suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail)
                && SmtpServer.subjectOf(m).equals("Reply to enquiry " + reference + ": " + SUBJECT), MAIL_WITHIN);
        assertTrue(SmtpServer.textOf(reply, "text/plain").contains(REPLY), SmtpServer.textOf(reply, "text/plain"));
        browser.signOut();
    }

    @Tag("ENQ-7")
    @Tag("ENQ-11")
    @Test
    void the_officer_sends_a_holding_reply_and_declines_a_request_for_information_in_the_browser() throws Exception {
        String admin = DevTokens.mint("system-test-admin", "admin");
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999004&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorEmail = (String) councillor.get("email");
        String councillorToken = DevTokens.mint((String) councillor.get("id"), "councillor");
        Map<String, Object> slow = raise(councillorToken, "Housing repairs backlog figures",
                "How many repairs were outstanding on 1 March, by estate?");
        Map<String, Object> personal = raise(councillorToken, "Tenancy history of 4 Elm Court",
                "Please send me the tenancy history of 4 Elm Court for a private dispute with the owner.");
        assertEquals(slow.get("assignedOfficerId"), personal.get("assignedOfficerId"), "both go to Housing's key contact");
        String officerEmail = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/officers/" + slow.get("assignedOfficerId")).then().statusCode(200).extract().path("email");

        browser.signIn(web, officerEmail, "officer", null);
        browser.open(web + "/enquiries/" + slow.get("id"));
        browser.find("#holding-reply summary").click();
        browser.assertAccessible("the enquiry page with the holding-reply form open");

        // Only the dates ENQ-7 allows are offered: the working days after the current due date, 20 of them at most,
        // exactly those enquiry-service lists; without one chosen, the service's refusal is shown
        LocalDate due = Instant.parse((String) slow.get("dueAt")).atZone(ZoneId.of("Europe/London"))
                .toLocalDate();
        String officerToken = DevTokens.mint((String) slow.get("assignedOfficerId"), "officer");
        List<String> allowed = given().baseUri(suite.url("enquiry-service")).auth().oauth2(officerToken).when()
                .get("/enquiries/" + slow.get("id") + "/holding-reply-dates").then().statusCode(200).extract()
                .jsonPath().getList("dates", String.class);
        List<String> offered = new Select(browser.find("#newTargetDate")).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertEquals(allowed, offered);
        assertEquals(20, offered.size(), offered.toString());
        assertTrue(LocalDate.parse(offered.get(0)).isAfter(due), offered.get(0) + " after " + due);
        browser.type("#reason", "The figures come from the repairs contractor, who reports on the 20th.");
        browser.click("button#send-holding-reply", ".govuk-error-summary");
        assertTrue(browser.driver().findElements(By.cssSelector("#newTargetDate-error")).size() == 1,
                browser.text(".govuk-error-summary"));
        assertEquals("With the officer", browser.text("#status"));
        browser.assertAccessible("the holding-reply form with the refusal");

        // The third date offered: the third working day after the due date on the council's calendar
        LocalDate target = LocalDate.parse(offered.get(2));
        String third = given().baseUri(suite.url("enquiry-service")).when()
                .get("/calendar/due?receivedAt=" + due.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant()
                        + "&workingDays=3").then().statusCode(200).extract().path("dueAt");
        assertEquals(Instant.parse(third).atZone(ZoneId.of("Europe/London")).toLocalDate(), target);
        new Select(browser.find("#newTargetDate")).selectByValue(target.toString());
        browser.click("button#send-holding-reply", "#done");
        assertEquals("Holding reply sent", browser.text("#status"));
        assertTrue(browser.text("#due").contains(target.format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                Locale.UK))), browser.text("#due"));
        browser.screenshot("holding-reply-sent");
        suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail)
                && SmtpServer.subjectOf(m).equals("Holding reply to enquiry " + slow.get("reference") + ": Housing repairs backlog figures"),
                MAIL_WITHIN);

        // A request for a private purpose is declined for that reason, explained
        browser.open(web + "/enquiries/" + personal.get("id"));
        browser.find("#decline summary").click();
        browser.click("button#send-decline", ".govuk-error-summary"); // nothing chosen: the service says what is missing
        assertTrue(browser.driver().findElements(By.cssSelector("#decline-reason-error")).size() == 1,
                browser.text(".govuk-error-summary"));
        browser.assertAccessible("the decline form with errors");
        browser.find("label[for='decline-reason-PRIVATE_PURPOSE']").click();
        browser.type("#explanation", "Council records are for your work as a councillor, not for a private dispute.");
        browser.click("button#send-decline", "#done");
        assertEquals("Declined", browser.text("#status"));
        suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillorEmail)
                && SmtpServer.subjectOf(m).equals("Enquiry " + personal.get("reference") + " declined: Tenancy history of 4 Elm Court"),
                MAIL_WITHIN);
        browser.signOut();
    }

    /**
     * Housing's head of service gives an enquiry to another officer of Housing: the page offers exactly the officers
     * enquiry-service would accept (its service area's active team, less the officer who has it and anyone with a
     * declared relationship with the councillor, DIR-5), and the new officer is emailed.
     */
    @Tag("DIR-5")
    @Test
    void a_head_of_service_reassigns_an_enquiry_to_an_officer_the_service_offers() {
        String admin = DevTokens.mint("system-test-admin", "admin");
        String councillorId = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999002&size=1").then().statusCode(200).extract().path("items[0].id");
        Map<String, Object> raised = given().baseUri(suite.url("enquiry-service"))
                .auth().oauth2(DevTokens.mint(councillorId, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "Damp in the flats at Orchard House", "body", "Several tenants report black mould.",
                        "serviceAreaCode", "HOUS", "category", "WARD_ISSUE"))
                .when().post("/enquiries").then().statusCode(201).extract().path("");
        String head = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/service-areas/HOUS").then().statusCode(200).extract().path("headOfServiceId");
        List<Map<String, Object>> candidates = given().baseUri(suite.url("enquiry-service"))
                .auth().oauth2(DevTokens.mint(head, "officer")).when().get("/enquiries/" + raised.get("id") + "/reassign-candidates")
                .then().statusCode(200).extract().path("");
        assertTrue(candidates.size() >= 2, candidates.toString());
        String headEmail = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/officers/" + head).then().statusCode(200).extract().path("email");

        browser.signIn(web, headEmail, "officer", null);
        browser.open(web + "/enquiries/" + raised.get("id"));
        browser.find("#reassign summary").click();
        List<String> offered = new Select(browser.find("#reassign-officer")).getOptions().stream()
                .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
        assertEquals(candidates.stream().map(c -> (String) c.get("officerId")).toList(), offered);
        assertTrue(!offered.contains((String) raised.get("assignedOfficerId")), "not to the officer who has it");
        browser.assertAccessible("the enquiry page with the reassign form open");
        Map<String, Object> to = candidates.stream().filter(c -> !head.equals(c.get("officerId"))).findFirst().orElseThrow();
        new Select(browser.find("#reassign-officer")).selectByValue((String) to.get("officerId"));
        browser.type("#reassign-reason", "She surveyed Orchard House last month.");
        browser.click("button#send-reassign", "#done");
        assertTrue(browser.text("#officer").startsWith((String) to.get("displayName")), browser.text("#officer"));
        String toEmail = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/officers/" + to.get("officerId")).then().statusCode(200).extract().path("email");
        suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, toEmail) && SmtpServer.subjectOf(m)
                .equals("Enquiry " + raised.get("reference") + " is now yours: Damp in the flats at Orchard House"), MAIL_WITHIN);
        browser.signOut();
    }

    /** The councillor's main job with the keyboard alone: from the start page to the enquiry sent, no pointer. */
    @Test
    void a_councillor_raises_an_enquiry_with_the_keyboard_alone() {
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service"))
                .auth().oauth2(DevTokens.mint("system-test-admin", "admin")).when()
                .get("/councillors?ward=E05999007&size=1").then().statusCode(200).extract().path("items[0]");
        browser.signIn(web, (String) councillor.get("email"), "councillor", null);

        browser.tabTo("a.govuk-service-navigation__link[href='/enquiries/new']", 12);
        browser.keys(Keys.ENTER);
        browser.find("form button#raise");
        browser.tabTo("#subject", 25);
        browser.keys("Streetlight out on Orchard Way");
        browser.tabTo("#serviceAreaCode", 3);
        browser.keys("Highways"); // typing a name chooses the option in a focused select
        browser.tabTo("input[name='category']", 4); // one stop for the radio group: its first radio
        browser.keys(Keys.ARROW_DOWN); // the second: a ward issue
        browser.tabTo("#body", 3);
        browser.keys("The light outside number 14 has been out for a week.");
        browser.tabTo("button#raise", 5);
        browser.keys(Keys.ENTER);
        browser.find(".govuk-panel--confirmation");
        assertTrue(browser.text("#reference").matches("ENQ-\\d{4}-\\d{6}"), browser.text("#reference"));
        Map<String, Object> sent = given().baseUri(suite.url("enquiry-service"))
                .auth().oauth2(DevTokens.mint((String) councillor.get("id"), "councillor")).when()
                .get("/enquiries?councillor=" + councillor.get("id") + "&size=50").then().statusCode(200).extract()
                .path("items.find { it.reference == '" + browser.text("#reference") + "' }");
        assertEquals("HWY", sent.get("serviceAreaCode"));
        assertEquals("WARD_ISSUE", sent.get("category"));
        browser.signOut();
    }

    @Tag("HUB-5")
    @Test
    void a_councillor_chooses_to_take_informational_matters_as_a_daily_digest() {
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service"))
                .auth().oauth2(DevTokens.mint("system-test-admin", "admin")).when()
                .get("/councillors?ward=E05999008&size=1").then().statusCode(200).extract().path("items[0]");
        String id = (String) councillor.get("id");
        String token = DevTokens.mint(id, "councillor");
        browser.signIn(web, (String) councillor.get("email"), "councillor", null);
        browser.click("a.govuk-service-navigation__link[href='/preferences']", "button#save-preference");
        assertTrue(browser.text("#always-immediate").contains("Public meeting (NTF-1)"), browser.text("#always-immediate"));
        browser.assertAccessible("the ward-email preference");
        browser.find("label[for='dailyDigest-true']").click();
        browser.click("button#save-preference", "#saved");
        assertEquals(true, given().baseUri(suite.url("ward-notify-service")).auth().oauth2(token).when()
                .get("/preferences/" + id).then().statusCode(200).extract().path("dailyDigest"));
        browser.find("label[for='dailyDigest']").click(); // and back to each at once
        browser.click("button#save-preference", "#saved");
        assertEquals(false, given().baseUri(suite.url("ward-notify-service")).auth().oauth2(token).when()
                .get("/preferences/" + id).then().statusCode(200).extract().path("dailyDigest"));
        browser.signOut();
    }

    private static Map<String, Object> raise(String councillorToken, String subject, String body) {
        return given().baseUri(suite.url("enquiry-service")).auth().oauth2(councillorToken)
                .contentType(ContentType.JSON)
                .body(Map.of("subject", subject, "body", body, "serviceAreaCode", "HOUS", "category", "INFORMATION"))
                .when().post("/enquiries").then().statusCode(201).extract().path("");
    }
}
