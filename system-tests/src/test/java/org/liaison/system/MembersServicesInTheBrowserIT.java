package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Members' services in the browser (issue 13). The SLA dashboard (ENQ-12): a councillor's enquiry to Waste and
 * Recycling is raised; the democratic services manager signs in, opens "Response times" and sees, for the last twelve
 * months on enquiry-service's clock, the figures enquiry-service reports, a chart per grouping with the same figures in
 * a table, the overdue list, and the CSV download. The register of ward matters (NTF-1): she registers a public
 * meeting (first without its wards, to see ward-notify's refusal), and its page shows each ward councillor told on
 * time, whose invitations arrive. axe-core checks every page.
 */
class MembersServicesInTheBrowserIT extends InTheBrowser {

    private static final String MEMBERS_SERVICES_EMAIL = "finn.patel50@aldermoor.example"; // Democratic Services Service Manager

    @Tag("ENQ-12")
    @Test
    void members_services_see_compliance_by_service_area_and_month_with_tables_and_a_csv() {
        String admin = DevTokens.mint("system-test-admin", "admin");
        String councillorId = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999003&size=1").then().statusCode(200).extract().path("items[0].id");
        given().baseUri(suite.url("enquiry-service")).auth().oauth2(DevTokens.mint(councillorId, "councillor"))
                .contentType(ContentType.JSON).body(Map.of("subject", "Missed green bin collections on Beacon Road",
                        "body", "Three weeks of missed collections on the even side of Beacon Road.", "serviceAreaCode", "WASTE",
                        "category", "WARD_ISSUE"))
                .when().post("/enquiries").then().statusCode(201);

        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.click("a[href='/sla']", "#period");
        assertEquals("Enquiry response times", browser.heading());

        // The page's figures are enquiry-service's, for the period it chose (the twelve months up to its today)
        Map<String, Object> report = given().baseUri(suite.url("enquiry-service"))
                .auth().oauth2(DevTokens.mint("system-test-ms", "members-services")).when().get("/sla/report?groupBy=serviceArea")
                .then().statusCode(200).extract().path("");
        assertEquals(report.get("from"), browser.find("#from").getAttribute("value"));
        assertEquals(report.get("to"), browser.find("#to").getAttribute("value"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) report.get("rows");
        Map<String, Object> waste = rows.stream().filter(r -> "WASTE".equals(r.get("group"))).findFirst().orElseThrow();
        WebElement row = browser.rowOf("#by-area", "Waste and Recycling");
        List<String> cells = row.findElements(By.cssSelector("td")).stream().map(WebElement::getText).toList();
        assertEquals(String.valueOf(waste.get("received")), cells.get(0), row.getText());
        assertTrue(((Number) waste.get("received")).intValue() >= 1);

        // One bar a service area in the chart, with a text alternative; the table has the same groups
        assertEquals(rows.size(), browser.driver().findElements(By.cssSelector("#area-chart svg rect")).size()
                + (int) rows.stream().filter(r -> r.get("compliancePercent") == null).count());
        assertTrue(browser.find("#area-chart svg").getAttribute("aria-labelledby").contains("area-chart-desc"));
        assertEquals(rows.size(), browser.driver().findElements(By.cssSelector("#by-area tbody tr")).size());
        browser.find("#by-month");
        assertTrue(!browser.driver().findElements(By.cssSelector("#overdue, #no-overdue")).isEmpty(), "the overdue section");
        browser.assertAccessible("the SLA dashboard");
        browser.screenshot("sla-dashboard");

        // The CSV download, fetched as the browser would (signed in), is enquiry-service's spreadsheet
        String href = browser.find("#csv-by-area").getAttribute("href");
        Object csv = ((JavascriptExecutor) browser.driver()).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('failed: ' + e));",
                href);
        assertTrue(String.valueOf(csv).startsWith("serviceArea,received,answeredInTime,holdingReplies,overdue"), String.valueOf(csv));
        assertTrue(String.valueOf(csv).contains("WASTE,"), String.valueOf(csv));
        browser.signOut();
    }

    @Tag("NTF-1")
    @Test
    void members_services_register_a_public_meeting_and_see_each_ward_councillor_told_in_time() {
        String admin = DevTokens.mint("system-test-admin", "admin");
        List<Map<String, Object>> beacon = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999003&size=50").then().statusCode(200).extract().path("items");
        ZonedDateTime meeting = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate().plusWeeks(3).atTime(19, 0)
                .atZone(SuiteClock.LONDON);
        String title = "Beacon Road traffic calming: public meeting " + meeting.toLocalDate();

        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.click("a[href='/matters']", "#new-matter");
        browser.assertAccessible("the register of ward matters");
        browser.click("#new-matter", "button#register");
        browser.assertAccessible("the registration form");
        browser.type("#title", title);
        browser.type("#description", "Residents are invited to see and comment on the proposed speed cushions and crossing.");
        browser.type("#location", "Beacon Community Centre, Hall 2");
        browser.type("#startsAt", String.valueOf(meeting.getDayOfMonth()));
        browser.type("#startsAtMonth", String.valueOf(meeting.getMonthValue()));
        browser.type("#startsAtYear", String.valueOf(meeting.getYear()));
        browser.type("#startsAtTime", "19:00");
        browser.type("#endsAtTime", "20:30");
        browser.click("button#register", ".govuk-error-summary"); // no ward chosen: ward-notify says so
        assertTrue(browser.driver().findElements(By.cssSelector("#wardCodes-error")).size() == 1,
                browser.text(".govuk-error-summary"));
        browser.assertAccessible("the registration form with errors");

        browser.find("label[for='ward-E05999003']").click();
        browser.click("button#register", "#registered");
        assertEquals(title, browser.heading());
        // the evidence: every Beacon councillor, told on time once the hub has sent their invitation
        await().alias("every Beacon councillor told on time").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> {
                    browser.driver().navigate().refresh();
                    List<String> outcomes = browser.driver().findElements(By.cssSelector("#told tbody tr")).stream()
                            .map(WebElement::getText).toList();
                    assertEquals(beacon.size(), outcomes.size(), String.join("\n", outcomes));
                    assertTrue(outcomes.stream().allMatch(o -> o.endsWith("On time")), String.join("\n", outcomes));
                });
        browser.assertAccessible("the matter's evidence");
        browser.screenshot("matter-evidence");
        for (Map<String, Object> councillor : beacon) {
            suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, (String) councillor.get("email"))
                    && SmtpServer.subjectOf(m).contains(title), Duration.ofSeconds(120));
        }
        browser.open(web + "/matters");
        assertTrue(browser.rowOf("#matters", title).getText().contains("Beacon"));
        browser.signOut();
    }
}
