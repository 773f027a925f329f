package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The monitoring officer's register in the browser (issue 13, DIR-5): she records that a councillor and Planning's key
 * contact are related (first sending the form empty, to see the directory's validation), finds the declaration in the
 * register, and from then on the councillor's planning enquiries pass by that officer (ENQ-4). Other staff are not
 * shown the register. axe-core checks every page.
 */
class RelationshipRegisterInTheBrowserIT extends InTheBrowser {

    private static final String MONITORING_OFFICER_EMAIL = "rosa.jenkins4@aldermoor.example"; // Head of Legal and Monitoring Officer
    private static final String PLANNING_KEY_CONTACT = "marek.ali11@aldermoor.example";

    @Tag("DIR-5")
    @Tag("ENQ-4")
    @Test
    void the_monitoring_officer_records_a_declaration_and_the_councillors_enquiries_pass_by_the_officer() {
        String admin = DevTokens.mint("system-test-admin", "admin");
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999005&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorName = (String) councillor.get("displayName");
        String officerId = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/officers?serviceArea=PLAN&size=100").then().statusCode(200).extract()
                .path("items.find { it.email == '" + PLANNING_KEY_CONTACT + "' }.id");

        browser.signIn(web, MONITORING_OFFICER_EMAIL, "monitoring-officer", null);
        browser.click("a[href='/relationships']", "#new-declaration");
        browser.assertAccessible("the register");
        browser.click("#new-declaration", "button#record");
        WebElement declaredTo = browser.find("#declaredTo");
        declaredTo.clear();
        browser.click("button#record", ".govuk-error-summary");
        assertTrue(browser.driver().getTitle().startsWith("Error: "), browser.driver().getTitle());
        assertEquals("Error: Select the councillor", Browser.oneLine(browser.text("#councillorId-error")));
        browser.assertAccessible("the declaration form with errors");

        new Select(browser.find("#councillorId")).selectByVisibleText(councillorName);
        new Select(browser.find("#officerId")).selectByValue(officerId);
        browser.find("label[for='kind-CLOSE_PERSONAL']").click();
        browser.type("#declaredOn", "14");
        browser.type("#declaredOnMonth", "1");
        browser.type("#declaredOnYear", "2027");
        browser.type("#declaredTo", "Monitoring Officer and the officer's head of service");
        browser.type("#notes", "Long-standing friends; they share a house.");
        browser.click("button#record", "#recorded");
        WebElement row = browser.rowOf("#register", councillorName);
        assertTrue(row.getText().contains("Close personal") && row.getText().contains("14 January 2027"), row.getText());
        browser.assertAccessible("the register with the declaration");
        browser.screenshot("relationship-register");
        browser.signOut();

        // Once enquiry-service has the pair, the councillor's planning enquiry goes past the key contact (ENQ-4)
        String councillorToken = DevTokens.mint((String) councillor.get("id"), "councillor");
        await().alias("routing past the declared officer").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            String assigned = given().baseUri(suite.url("enquiry-service")).auth().oauth2(councillorToken)
                    .contentType(ContentType.JSON).body(Map.of("subject", "Extension at 12 Brook Lane",
                            "body", "Neighbours ask when the planning application will be decided.", "serviceAreaCode", "PLAN",
                            "category", "WARD_ISSUE"))
                    .when().post("/enquiries").then().statusCode(201).extract().path("assignedOfficerId");
            assertNotEquals(officerId, assigned);
        });

        // An officer who is not the monitoring officer or the chief executive is not shown the register: on
        // liaison-default (which tells only the two of them, P9) they are told of nothing, and not offered the page
        browser.signIn(web, PLANNING_KEY_CONTACT, "officer", null);
        assertTrue(browser.driver().findElements(By.cssSelector("a.govuk-service-navigation__link[href='/relationships']"))
                .isEmpty(), "not in an officer's menu");
        browser.open(web + "/relationships");
        assertEquals("Declared relationships you are told of", browser.heading());
        assertEquals("You have not been told of any declared relationship.", browser.text("#no-declarations"));
        assertFalse(browser.driver().getPageSource().contains(councillorName), "the declaration is not shown to them");
        assertTrue(browser.driver().findElements(By.cssSelector("#new-declaration")).isEmpty());
        browser.assertAccessible("the relationships an officer is told of");
        browser.open(web + "/relationships/new");
        assertEquals("You cannot do this", browser.heading());
        browser.assertAccessible("the refusal page");
    }
}
