package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Members' services keeping Liaison running, in the browser (issue 13): a directory CSV import whose bad row is shown
 * against its line and stores nothing until the file is right (DIR-7); a closure day added, listed and removed, and
 * GOV.UK's bank-holidays.json imported by an administrator (ENQ-2); an email that bounced (a delivery report delivered
 * to the suite's bounce mailbox, which ward-notify reads over IMAP) listed as undelivered and sent again (HUB-2).
 * axe-core checks every page.
 */
class MembersServicesAdminInTheBrowserIT extends InTheBrowser {

    private static final String MEMBERS_SERVICES_EMAIL = "finn.patel50@aldermoor.example"; // Democratic Services Service Manager
    private static final Duration MAIL_WITHIN = Duration.ofSeconds(120);

    @Tag("DIR-7")
    @Test
    void members_services_import_wards_see_the_bad_row_against_its_line_and_nothing_stored_until_the_file_is_right()
            throws IOException {
        String admin = DevTokens.mint("system-test-admin", "admin");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String first = "W" + suffix + "A";
        String second = "W" + suffix + "B";
        Path bad = file("wards-" + suffix + ".csv", "code,name\n" + first + ",Hollins Park\n" + second + ",\n");

        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.click("a[href='/directory-import']", "button#import");
        assertEquals("Import into the directory", browser.heading());
        browser.assertAccessible("the directory import form");
        new Select(browser.find("#kind")).selectByValue("wards");
        browser.driver().findElement(By.id("file")).sendKeys(bad.toString());
        browser.click("button#import", ".govuk-error-summary");

        // line 3 (the header is line 1) has no name: said in the summary and in the table against its line
        assertTrue(browser.text(".govuk-error-summary").contains("Line 3, column name"), browser.text(".govuk-error-summary"));
        var row = browser.rowOf("#row-errors", "name");
        assertEquals("3", row.findElements(By.cssSelector("td")).get(0).getText(), row.getText());
        assertEquals(1, browser.driver().findElements(By.cssSelector("#row-errors tbody tr")).size());
        assertTrue(browser.text("#import-refused").contains("nothing was imported"), browser.text("#import-refused"));
        browser.assertAccessible("the directory import with a row's error");
        browser.screenshot("directory-import-row-errors");
        // all or nothing: the good row on line 2 is not in the directory either
        given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when().get("/wards/" + first)
                .then().statusCode(404);

        // the file corrected, pasted this time: both wards are imported
        new Select(browser.find("#kind")).selectByValue("wards");
        browser.type("#csv", "code,name\n" + first + ",Hollins Park\n" + second + ",Hollins Vale\n");
        browser.click("button#import", "#imported");
        assertTrue(browser.text("#imported").contains("2 wards imported: 2 new or changed"), browser.text("#imported"));
        browser.assertAccessible("the directory import done");
        given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when().get("/wards/" + second)
                .then().statusCode(200);
        browser.signOut();
    }

    @Tag("ENQ-2")
    @Test
    void members_services_add_and_remove_a_closure_day_and_an_administrator_imports_bank_holidays() throws IOException {
        // a working day between Christmas and New Year two years on: no open enquiry of the suite falls due near it
        LocalDate day = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate().plusYears(2).withMonth(12).withDayOfMonth(28);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }

        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.click("a[href='/calendar']", "button#add-closure-day");
        assertEquals("Closure days and bank holidays", browser.heading());
        browser.assertAccessible("the council calendar");
        browser.type("#day", String.valueOf(day.getDayOfMonth()));
        browser.type("#closedOnMonth", String.valueOf(day.getMonthValue()));
        browser.type("#closedOnYear", String.valueOf(day.getYear()));
        browser.click("button#add-closure-day", ".govuk-error-summary"); // no reason: enquiry-service says so
        assertEquals(1, browser.driver().findElements(By.cssSelector("#reason-error")).size(), browser.text(".govuk-error-summary"));
        browser.assertAccessible("the council calendar with an error");
        browser.type("#reason", "Christmas closure");
        browser.click("button#add-closure-day", "#done");
        String written = browser.rowOf("#closure-days", "Christmas closure").getText();
        assertTrue(written.contains(day.getDayOfMonth() + " December " + day.getYear()), written);
        assertTrue(given().baseUri(suite.url("enquiry-service")).when().get("/calendar/closure-days").then().statusCode(200)
                .extract().jsonPath().<String>getList("day").contains(day.toString()));
        browser.assertAccessible("the council calendar with a closure day");
        browser.screenshot("closure-days");

        browser.click("#remove-" + day, "#done");
        assertTrue(browser.text("#done").contains("no longer a closure day"), browser.text("#done"));
        assertTrue(browser.driver().findElements(By.cssSelector("#remove-" + day)).isEmpty());
        assertTrue(browser.driver().findElements(By.cssSelector("#import-bank-holidays")).isEmpty(),
                "members' services are not offered the bank-holiday import enquiry-service would refuse them");
        browser.signOut();

        // GOV.UK's file, with days the rules already hold as holidays (or that are weekends), so the suite's clock keeps
        int year = day.getYear();
        Path holidays = file("bank-holidays-" + year + ".json", """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                  {"title": "Christmas Day", "date": "%1$d-12-25", "notes": "", "bunting": true},
                  {"title": "Boxing Day", "date": "%1$d-12-26", "notes": "", "bunting": true}]},
                 "northern-ireland": {"division": "northern-ireland", "events": [
                  {"title": "St Patrick’s Day", "date": "%1$d-03-17", "notes": "", "bunting": true}]}}
                """.formatted(year));
        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "admin", null);
        browser.open(web + "/calendar");
        browser.driver().findElement(By.id("file")).sendKeys(holidays.toString());
        browser.click("button#import-bank-holidays", "#done");
        assertTrue(browser.text("#done").contains("Imported 3 bank holidays: England and Wales 2, Northern Ireland 1"),
                browser.text("#done"));
        browser.assertAccessible("the council calendar after the bank-holiday import");
        browser.screenshot("bank-holidays-imported");
        browser.signOut();
    }

    @Tag("HUB-2")
    @Test
    void an_email_that_bounced_is_listed_as_undelivered_and_members_services_send_it_again() throws Exception {
        String admin = DevTokens.mint("system-test-admin", "admin");
        Map<String, Object> councillor = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999002&size=1").then().statusCode(200).extract().path("items[0]");
        String councillorId = (String) councillor.get("id");
        String email = (String) councillor.get("email");
        String subject = "Broken street light on Mill Lane " + UUID.randomUUID().toString().substring(0, 8);
        given().baseUri(suite.url("enquiry-service")).auth().oauth2(DevTokens.mint(councillorId, "councillor"))
                .contentType(ContentType.JSON).body(Map.of("subject", subject, "body", "Out for a fortnight, outside number 12.",
                        "serviceAreaCode", "HWY", "category", "WARD_ISSUE"))
                .when().post("/enquiries").then().statusCode(201);
        // the acknowledgement, sent with the per-email bounce address as its envelope sender
        MimeMessage acknowledgement = suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).contains(subject), MAIL_WITHIN);
        String returnPath = acknowledgement.getHeader("Return-Path", null);
        assertTrue(returnPath != null && returnPath.startsWith("<bounces+"), "Return-Path " + returnPath);
        String bounceAddress = returnPath.substring(1, returnPath.length() - 1);
        String notificationId = bounceAddress.substring("bounces+".length(), bounceAddress.indexOf('@'));
        String membersServices = DevTokens.mint("system-test-ms", "members-services");
        await().alias("the acknowledgement recorded as SENT").atMost(MAIL_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> statusOf(membersServices, councillorId, notificationId), "SENT"::equals);

        // the councillor's mail server refuses it after the relay took it: the relay's report comes back
        deliverToBounceMailbox(deliveryReport(bounceAddress, acknowledgement.getMessageID(), email));
        await().alias("the report read from the bounce mailbox").atMost(MAIL_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> statusOf(membersServices, councillorId, notificationId), "BOUNCED"::equals);

        browser.signIn(web, MEMBERS_SERVICES_EMAIL, "members-services", null);
        browser.click("a[href='/undelivered']", "h1");
        assertEquals("Undelivered email", browser.heading());
        String row = browser.text("#email-" + notificationId);
        assertTrue(row.contains(email) && row.contains("Enquiry") && row.contains("Bounced") && row.contains("User unknown"), row);
        assertTrue(row.contains((String) councillor.get("displayName")), row);
        browser.assertAccessible("undelivered email");
        browser.screenshot("undelivered-email");

        browser.click("#resend-" + notificationId, "#resent");
        browser.assertAccessible("undelivered email after sending one again");
        await().alias("the acknowledgement sent again").atMost(MAIL_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> suite.smtp.received().stream()
                        .filter(m -> SmtpServer.sentTo(m, email) && SmtpServer.subjectOf(m).contains(subject)).count() == 2);
        await().alias("the email delivered, so no longer undelivered").atMost(MAIL_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> statusOf(membersServices, councillorId, notificationId), "SENT"::equals);
        browser.open(web + "/undelivered");
        browser.find("h1");
        assertTrue(browser.driver().findElements(By.id("email-" + notificationId)).isEmpty(), "still listed after it was sent");
        browser.signOut();
    }

    private static String statusOf(String token, String recipientId, String notificationId) {
        List<Map<String, Object>> emails = given().baseUri(suite.url("ward-notify-service")).auth().oauth2(token).when()
                .get("/notifications?recipient=" + recipientId).then().statusCode(200).extract().path("");
        return emails.stream().filter(n -> notificationId.equals(n.get("id"))).map(n -> (String) n.get("status"))
                .findFirst().orElse("(not found)");
    }

    /** A test file for the browser to upload. */
    private static Path file(String name, String content) throws IOException {
        Path dir = suite.repository.resolve("system-tests/target/uploads");
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /**
     * As the relay delivers plus-addressed mail: the envelope recipient is the bounce mailbox itself, and the report
     * says which address it was delivered to (Delivered-To), the email's own bounce address.
     */
    private static void deliverToBounceMailbox(String raw) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", suite.smtp.host());
        properties.setProperty("mail.smtp.port", String.valueOf(suite.smtp.port()));
        Session session = Session.getInstance(properties);
        MimeMessage report = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(report, new Address[] {new InternetAddress(RunningSuite.BOUNCES_ADDRESS)});
        }
    }

    /** What Postfix returns when the recipient's server refused an email (RFC 3464 multipart/report). */
    private static String deliveryReport(String deliveredTo, String originalMessageId, String recipient) {
        String diagnostic = "550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown";
        return String.join("\r\n",
                "Return-Path: <>",
                "Delivered-To: " + deliveredTo,
                "From: MAILER-DAEMON@relay.council.example (Mail Delivery System)",
                "Subject: Undelivered Mail Returned to Sender",
                "To: " + deliveredTo,
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status;",
                "\tboundary=\"B1.1773137700/relay.council.example\"",
                "Message-Id: <" + UUID.randomUUID() + "@relay.council.example>",
                "",
                "This is a MIME-encapsulated message.",
                "",
                "--B1.1773137700/relay.council.example",
                "Content-Description: Notification",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "Your message could not be delivered to one or more recipients.",
                "",
                "<" + recipient + ">: host mx.members.council.example said: " + diagnostic,
                "",
                "--B1.1773137700/relay.council.example",
                "Content-Description: Delivery report",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; relay.council.example",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Original-Recipient: rfc822;" + recipient,
                "Action: failed",
                "Status: 5.1.1",
                "Remote-MTA: dns; mx.members.council.example",
                "Diagnostic-Code: smtp; " + diagnostic,
                "",
                "--B1.1773137700/relay.council.example",
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
                "",
                "Message-ID: " + originalMessageId,
                "From: Liaison <liaison@council.example>",
                "To: " + recipient,
                "",
                "--B1.1773137700/relay.council.example--",
                "");
    }
}
