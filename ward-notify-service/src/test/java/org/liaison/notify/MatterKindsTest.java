package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.notify.matter.DeliveryReports;

/** NTF-2 to NTF-9: each kind of ward matter reaches the ward's councillors as its rule says. Real PG, Kafka, SMTP. */
@QuarkusTest
class MatterKindsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    TestClock clock;

    @Inject
    DeliveryReports deliveryReports;

    @Inject
    ObjectMapper json;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    String ward;
    String email;

    @BeforeEach
    void aWardWithOneCouncillor() {
        ward = directory.ward("Abbey");
        email = "cllr." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Ada Price", email, ward));
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_a_consultation_is_told_before_it_opens_and_one_registered_after_its_start_is_flagged_late() {
        clock.set(Instant.parse("2027-02-01T10:00:00Z"));
        register(matter("CONSULTATION", "Parking zones", Map.of("startsAt", "2027-02-15T09:00:00Z",
                "endsAt", "2027-03-15T17:00:00Z", "link", "https://council.example/consult/parking")))
                .then().statusCode(201).body("late", equalTo(false)).body("ruleId", equalTo("NTF-2"));
        String onTime = text(await("Consultation in your ward: Parking zones"));
        assertTrue(onTime.contains("Closes: Monday 15 March 2027, 17:00 (UK time)"), onTime);
        assertTrue(onTime.contains("https://council.example/consult/parking"), onTime);

        register(matter("CONSULTATION", "Tree planting", Map.of("startsAt", "2027-01-25T09:00:00Z")))
                .then().statusCode(201).body("late", equalTo(true));
        assertTrue(text(await("Consultation in your ward: Tree planting")).contains("after the consultation had opened"));
    }

    @Tag("NTF-3")
    @Test
    void NTF_3_ward_councillors_are_told_of_a_press_release_and_delivery_is_reported_on_notify_deliveries() throws Exception {
        String releaseId = UUID.randomUUID().toString();
        String id = register(matter("PRESS_RELEASE", "New leisure centre opens", Map.of("startsAt", "2027-02-20T09:00:00Z",
                "sourceReference", releaseId))).then().statusCode(201).extract().path("id");
        MimeMessage told = await("Press release about your ward: New leisure centre opens");
        // the SMTP acceptance is recorded just after the mail arrives; the sweep (on its timer) reports it after that
        Awaitility.await().alias("delivery of matter " + id + " reported").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + id)
                        .then().statusCode(200).extract().path("deliveryReportedAt") != null);
        ConsumerRecord<String, String> report = new TopicReader(bootstrapServers).await("notify.deliveries",
                r -> id.equals(r.key()), Duration.ofSeconds(30));
        assertEquals("liaison.notify.matter-delivered.v1", TopicReader.header(report, "ce_type").orElseThrow());
        JsonNode delivered = json.readTree(report.value());
        assertEquals(releaseId, delivered.get("sourceReference").asText());
        assertEquals(1, delivered.get("recipients").size());
        assertEquals(told.getMessageID(), delivered.get("recipients").get(0).get("messageId").asText());
        assertTrue(delivered.get("recipients").get(0).get("messageId").asText().endsWith("@liaison>"));
        assertEquals(0, deliveryReports.reportDelivered(), "reported once");
        assertEquals(1, new TopicReader(bootstrapServers).readToEnd("notify.deliveries", r -> id.equals(r.key())).size(),
                "one report on the topic");
    }

    @Tag("NTF-4")
    @Test
    void NTF_4_a_significant_issue_is_told_in_advance_and_must_say_what_it_is() {
        register(matter("SIGNIFICANT_ISSUE", "Mast application", Map.of())).then().statusCode(400)
                .body("errors.field", hasItem("description"));
        register(matter("SIGNIFICANT_ISSUE", "Mast application", Map.of("description",
                "A 20 m telecoms mast is proposed beside the primary school.", "startsAt", "2027-03-01T09:00:00Z")))
                .then().statusCode(201);
        assertTrue(text(await("Significant issue in your ward: Mast application")).contains("beside the primary school"));
    }

    @Tag("NTF-5")
    @Test
    void NTF_5_an_agenda_item_is_told_when_placed_and_its_report_sent_when_published() {
        Map<String, Object> item = matter("AGENDA_ITEM", "Abbey Road crossing", Map.of("startsAt", "2027-03-03T18:00:00Z"));
        String id = register(item).then().statusCode(201).extract().path("id");
        assertTrue(text(await("On a committee agenda: a matter in your ward: Abbey Road crossing"))
                .contains("The report will be sent to you when it is published"));
        Map<String, Object> withReport = new HashMap<>(item);
        withReport.put("link", "https://council.example/agenda/2027-03-03/item-7.pdf");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(withReport)
                .when().put("/matters/" + id).then().statusCode(200);
        assertTrue(text(await("Report published: Abbey Road crossing")).contains("item-7.pdf"));
    }

    @Tag("NTF-6")
    @Test
    void NTF_6_every_executive_decision_affecting_the_ward_is_told() {
        register(matter("EXECUTIVE_DECISION", "Library hours", Map.of("description",
                "Cabinet member for Culture decided to extend Saturday opening.", "startsAt", "2027-02-10T12:00:00Z")))
                .then().statusCode(201);
        assertTrue(text(await("Executive decision affecting your ward: Library hours")).contains("extend Saturday opening"));
    }

    @Tag("NTF-7")
    @Test
    void NTF_7_a_visit_by_a_chair_or_cabinet_member_is_told_but_a_purely_courtesy_visit_is_not() throws Exception {
        register(matter("SITE_VISIT", "Depot inspection", Map.of("startsAt", "2027-02-12T10:00:00Z",
                "visitBy", "Cllr Ruth Bell, Chair of Planning Committee"))).then().statusCode(201);
        assertTrue(text(await("Site visit in your ward: Depot inspection")).contains("Cllr Ruth Bell, Chair of Planning Committee"));

        String courtesy = register(matter("SITE_VISIT", "Tea with residents", Map.of("startsAt", "2027-02-13T15:00:00Z",
                "visitBy", "The Chairman", "courtesyVisit", true))).then().statusCode(201).extract().path("id");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + courtesy + "/compliance")
                .then().statusCode(200).body("notRequiredBecause", equalTo("a purely courtesy visit (NTF-7)"))
                .body("councillors.size()", equalTo(0));
        // registered in one transaction with any email it caused, so what is not in the log now will never be sent
        assertEquals(List.of(), Notifications.ofMatter(courtesy), "no email queued for a courtesy visit");
        assertEquals(0, Notifications.digestItemsOf(courtesy), "nor kept for a digest");
        assertEquals(0, smtp.received().stream().filter(m -> SmtpServer.subjectOf(m).contains("Tea with residents")).count());
    }

    @Tag("NTF-8")
    @Test
    void NTF_8_local_members_are_informed_of_a_ceremonial_event_and_invited_where_possible() {
        register(matter("CEREMONIAL_EVENT", "Remembrance parade", Map.of("startsAt", "2027-11-14T10:30:00Z",
                "endsAt", "2027-11-14T12:00:00Z", "location", "War memorial, Abbey Green"))).then().statusCode(201);
        MimeMessage mail = await("Civic event in your ward: Remembrance parade");
        assertTrue(SmtpServer.textOf(mail, "text/calendar").contains("METHOD:REQUEST"), "an invitation is attached");
        assertTrue(text(mail).contains("You are invited"));
    }

    @Tag("NTF-9")
    @Test
    void NTF_9_ward_councillors_are_copied_into_parish_correspondence_unless_there_is_a_reason_not_to() throws Exception {
        register(matter("PARISH_CORRESPONDENCE", "Village hall lease", Map.of("parishCouncil", "Abbey Parish Council",
                "description", "Letter of 3 February about renewing the lease."))).then().statusCode(201);
        assertTrue(text(await("Parish council correspondence about your ward: Village hall lease")).contains("Abbey Parish Council"));

        String withheld = register(matter("PARISH_CORRESPONDENCE", "Clerk's grievance", Map.of("parishCouncil",
                "Abbey Parish Council", "withheldReason", "Personal data of a parish employee"))).then().statusCode(201)
                .body("withheldReason", equalTo("Personal data of a parish employee")).extract().path("id");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + withheld)
                .then().statusCode(200).body("recipients.size()", equalTo(0)).body("late", nullValue());
        // registered in one transaction with any email it caused, so what is not in the log now will never be sent
        assertEquals(List.of(), Notifications.ofMatter(withheld), "no email queued for withheld correspondence");
        assertEquals(0, Notifications.digestItemsOf(withheld), "nor kept for a digest");
        assertEquals(0, smtp.received().stream().filter(m -> SmtpServer.subjectOf(m).contains("Clerk's grievance")).count());
    }

    @Tag("HUB-4")
    @Test
    void HUB_4_a_matter_notice_escapes_what_was_typed_in_html_and_keeps_it_as_typed_in_text() {
        register(matter("SITE_VISIT", "Depot <b>inspection</b> & \"review\"", Map.of("startsAt", "2027-02-12T10:00:00Z",
                "visitBy", "Cllr <i>Ruth</i> Bell", "description", "<script>alert('x')</script>\nSecond line")))
                .then().statusCode(201);
        MimeMessage mail = await("Site visit in your ward: Depot <b>inspection</b> & \"review\"");
        String html = SmtpServer.textOf(mail, "text/html");
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertTrue(html.contains("Cllr &lt;i&gt;Ruth&lt;/i&gt; Bell will visit a site in your ward on Friday 12 February 2027, 10:00"), html);
        assertTrue(html.contains("<title>Site visit in your ward: Depot &lt;b&gt;inspection&lt;/b&gt; &amp; &quot;review&quot;</title>"), html);
        assertTrue(!html.contains("<script>") && !html.contains("<i>Ruth") && !html.contains("<b>inspection"), html);
        String text = text(mail);
        assertTrue(text.contains("Cllr <i>Ruth</i> Bell will visit a site in your ward on Friday 12 February 2027, 10:00 (UK time)."), text);
        assertTrue(text.contains("Visiting: Cllr <i>Ruth</i> Bell"), text);
        assertTrue(text.contains("<script>alert('x')</script>"), text);
    }

    private Map<String, Object> matter(String kind, String title, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "title", title, "wardCodes", List.of(ward)));
        body.putAll(extra);
        return body;
    }

    private static io.restassured.response.Response register(Map<String, Object> matter) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(matter)
                .when().post("/matters");
    }

    private MimeMessage await(String subject) {
        return smtp.awaitMessage(m -> SmtpServer.sentTo(m, email) && subject.equals(SmtpServer.subjectOf(m)),
                Duration.ofSeconds(90));
    }

    private static String text(MimeMessage mail) {
        return SmtpServer.textOf(mail, "text/plain");
    }
}
