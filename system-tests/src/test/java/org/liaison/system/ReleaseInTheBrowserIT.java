package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A media release in the browser (issue 13): the sample council's head of communications writes a release that
 * introduces the quoted cabinet member with their party; the editor's report (htmx, a dry run of the unsaved draft)
 * shows the MR-3 block as she types; she saves, is refused on submitting, takes the party out, sees the report clear,
 * submits the release and approves it. axe-core checks every page on the way.
 */
class ReleaseInTheBrowserIT extends InTheBrowser {

    private static final String COMMS_EMAIL = "rosa.jenkins54@aldermoor.example"; // Head of Communications
    private static final String CHIEF_EXECUTIVE_EMAIL = "finn.patel0@aldermoor.example";
    private static final String MEMBERS_SERVICES_EMAIL = "finn.patel50@aldermoor.example"; // Democratic Services Service Manager
    private static final String TITLE = "Abbey homes retrofit reaches its 500th home";
    private static final String WITH_PARTY = "The council's home retrofit scheme has insulated its 500th home in Abbey ward.\n\n"
            + "Councillor Ben Lowe (Lab), Cabinet Member for Housing, said the scheme would reach every ward by 2028.";
    private static final String WITHOUT_PARTY = "The council's home retrofit scheme has insulated its 500th home in Abbey ward.\n\n"
            + "Councillor Ben Lowe, Cabinet Member for Housing, said the scheme would reach every ward by 2028.";
    private static final String QUOTE = "Warmer homes and lower bills are what residents asked us for.";

    @Tag("MR-3")
    @Test
    void comms_sees_the_rule_block_as_they_type_fixes_it_and_approves_the_release() {
        browser.signIn(web, COMMS_EMAIL, "comms", null);
        assertEquals("Welcome, Rosa Jenkins", browser.heading());
        browser.click("a[href='/releases']", "#new-release");
        browser.assertAccessible("the releases list");
        browser.click("#new-release", "form#release-form");
        browser.assertAccessible("the empty release editor");

        // Written as a comms team writes it: the cabinet member introduced with the party (MR-3)
        browser.type("#title", TITLE);
        browser.type("#body", WITH_PARTY);
        // the sample council has two Cllr Ben Lowes: the cabinet member sits for Abbey
        new Select(browser.find("#quote0Speaker")).selectByVisibleText("Cllr Ben Lowe, Abbey");
        browser.type("[name='quote0Text']", QUOTE);
        // issued on Thursday 10 June 2027, when Cllr Lowe is in the cabinet (his term runs to May 2028)
        browser.type("#plannedIssueAt", "10");
        browser.type("#issueMonth", "6");
        browser.type("#issueYear", "2027");
        browser.type("#issueTime", "09:30");

        // The report follows the text without a save: MR-3 blocks, naming the words that give the party
        WebElement block = browser.find("#rule-findings li[data-rule='MR-3'][data-level='BLOCK']");
        assertTrue(block.getText().contains("\"Lab\" (Labour)"), block.getText());
        browser.assertAccessible("the editor with the rule report");
        browser.screenshot("release-editor-rule-report");

        // Saved as it is, the draft keeps the report; it cannot go for review until the block is fixed
        browser.click("#save", "#done");
        assertEquals("Draft", browser.text("#status"));
        browser.find("#rule-findings li[data-rule='MR-3']");
        String releaseUrl = browser.driver().getCurrentUrl().replaceAll("\\?.*", "");
        String id = releaseUrl.substring(releaseUrl.lastIndexOf('/') + 1);

        browser.click("#submit", ".govuk-error-summary");
        assertTrue(browser.text(".govuk-error-summary").contains("MR-3"), browser.text(".govuk-error-summary"));
        browser.assertAccessible("the editor with the refusal");

        WebElement body = browser.find("#body");
        body.clear();
        body.sendKeys(WITHOUT_PARTY);
        browser.find("#rule-report-clear");
        browser.screenshot("release-editor-clear");

        browser.click("#submit", "#approve");
        assertEquals("In review", browser.text("#status"));
        browser.assertAccessible("the release in review");

        browser.click("#approve", "#issue");
        assertEquals("Approved", browser.text("#status"));
        assertEquals("The release was approved.", browser.text("#done .govuk-notification-banner__heading"));
        List<String> steps = browser.driver().findElements(By.cssSelector("#history tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertEquals(3, steps.size(), String.join("\n", steps)); // drafted, submitted, approved
        assertTrue(steps.get(2).contains("In review → Approved"), steps.get(2));
        browser.assertAccessible("the approved release");
        browser.screenshot("release-approved");

        // What media-service holds: approved, the quote as typed, the issue time in London
        String comms = DevTokens.mint("system-test-comms", "comms");
        given().baseUri(suite.url("media-service")).auth().oauth2(comms).when().get("/releases/" + id)
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("body", equalTo(WITHOUT_PARTY))
                .body("quotes[0].text", equalTo(QUOTE))
                .body("plannedIssueAt", equalTo("2027-06-10T08:30:00Z"));

        // In the list of approved releases
        browser.open(web + "/releases?status=APPROVED");
        assertTrue(browser.rowOf("#releases", TITLE).getText().contains("Approved"));
        browser.signOut();
    }

    /** MR-9: comms disputes an approved release's content; the chief executive finds it among the disputed and decides. */
    @Tag("MR-9")
    @Test
    void the_chief_executive_decides_a_disputed_release_in_the_browser() {
        String comms = DevTokens.mint("system-test-comms", "comms");
        String title = "Library opening hours extended from July";
        Map<String, Object> release = given().baseUri(suite.url("media-service")).auth().oauth2(comms)
                .contentType(ContentType.JSON).body(Map.of("title", title, "body", "Four libraries will open until 8pm on Thursdays.",
                        "purpose", "COUNCIL_BUSINESS", "plannedIssueAt", "2027-06-10T08:30:00Z"))
                .when().post("/releases").then().statusCode(201).extract().path("");
        String id = (String) release.get("id");

        browser.signIn(web, COMMS_EMAIL, "comms", null);
        browser.open(web + "/releases/" + id);
        browser.type("#dispute-why", "Legal say the hours are not yet agreed with the union; the release should wait.");
        browser.click("button#dispute", "#done");
        assertEquals("Disputed", browser.text("#status"));
        browser.assertAccessible("the disputed release");
        browser.signOut();

        browser.signIn(web, CHIEF_EXECUTIVE_EMAIL, "chief-executive", null);
        browser.click("a[href='/disputes']", "#disputed-releases");
        browser.rowOf("#disputed-releases", title).findElement(By.linkText(title)).click();
        browser.find("button#decide");
        browser.assertAccessible("the chief executive's decision form");
        browser.find("label[for='decision-REJECTED']").click();
        browser.type("#decide-why", "Not until the hours are agreed; comms may draft it again then.");
        browser.click("button#decide", "#done");
        assertEquals("Rejected", browser.text("#status"));
        browser.screenshot("release-decided");
        given().baseUri(suite.url("media-service")).auth().oauth2(comms).when().get("/releases/" + id + "/history")
                .then().statusCode(200).body("[-1].to", equalTo("REJECTED"))
                .body("[-1].why", equalTo("Not until the hours are agreed; comms may draft it again then."));
        browser.signOut();
    }

    /**
     * MR-7's pre-election periods: members' services record a by-election (first with the form empty, to see
     * media-service's refusal), comms see it listed without the means to change it, and it is removed again.
     */
    @Tag("MR-7")
    @Test
    void members_services_record_a_pre_election_period_that_comms_then_see() {
        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.click("a[href='/elections']", "#new-election");
        assertEquals("Pre-election periods", browser.heading());
        browser.assertAccessible("the pre-election periods");
        browser.click("#new-election", "button#record-election");
        browser.find("label[for='scope-WARDS']").click();
        browser.click("button#record-election", ".govuk-error-summary");
        assertTrue(browser.driver().findElements(By.cssSelector("#name-error")).size() == 1, browser.text(".govuk-error-summary"));
        browser.assertAccessible("the election period form with its errors");
        browser.type("#name", "Beacon ward by-election");
        // five years on from the suite's "now", whenever it is told to run: inside the window services accept dates in
        LocalDate notice = suite.servicesNow().atZone(ZoneId.of("Europe/London")).toLocalDate().plusYears(5);
        LocalDate polling = notice.plusDays(38);
        browser.type("#noticePublishedOn", String.valueOf(notice.getDayOfMonth()));
        browser.type("#noticePublishedOnMonth", String.valueOf(notice.getMonthValue()));
        browser.type("#noticePublishedOnYear", String.valueOf(notice.getYear()));
        browser.type("#pollingDay", String.valueOf(polling.getDayOfMonth()));
        browser.type("#pollingDayMonth", String.valueOf(polling.getMonthValue()));
        browser.type("#pollingDayYear", String.valueOf(polling.getYear()));
        browser.find("label[for='ward-E05999003']").click();
        browser.click("button#record-election", "#done");
        WebElement row = browser.rowOf("#elections", "Beacon ward by-election");
        DateTimeFormatter longDate = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
        assertTrue(row.getText().contains(longDate.format(notice)) && row.getText().contains(longDate.format(polling))
                && row.getText().contains("Beacon"), row.getText());
        browser.screenshot("election-periods");
        List<Map<String, Object>> kept = given().baseUri(suite.url("media-service"))
                .auth().oauth2(DevTokens.mint("system-test-ms", "members-services")).when().get("/elections")
                .then().statusCode(200).extract().path("");
        Map<String, Object> byElection = kept.stream().filter(e -> "Beacon ward by-election".equals(e.get("name")))
                .findFirst().orElseThrow();
        assertEquals(List.of("E05999003"), byElection.get("wardCodes"));
        assertEquals(notice.toString(), byElection.get("noticePublishedOn"));
        browser.signOut();

        browser.signIn(web, COMMS_EMAIL, "comms", null);
        browser.click("a[href='/elections']", "#elections");
        browser.rowOf("#elections", "Beacon ward by-election");
        assertTrue(browser.driver().findElements(By.cssSelector("#new-election, #elections form")).isEmpty(),
                "comms follow the periods; members' services keep them");
        browser.signOut();

        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.open(web + "/elections");
        browser.rowOf("#elections", "Beacon ward by-election").findElement(By.cssSelector("button")).click();
        browser.find("#done");
        assertTrue(browser.driver().findElements(By.cssSelector("#elections tbody tr")).stream()
                .noneMatch(r -> r.getText().contains("Beacon ward by-election")), "removed");
        browser.signOut();
    }
}
