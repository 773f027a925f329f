package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteServices;
import org.liaison.embedded.TopicReader;
import org.liaison.events.enquiry.EnquiryChased;

/**
 * ENQ-8 "each step fires exactly once, also with several instances running": a second enquiry-service process runs
 * against the same database, both chase every second, and the clock jumps past every step of a dozen enquiries at
 * once. Each step is published once and each councillor told once.
 */
class ChaseExactlyOnceIT extends MovingClockSuiteTest {

    private static final int ENQUIRIES = 12;
    /** The chase ladder's steps (ENQ-8): due soon, overdue to the councillor and to the officer, two escalations. */
    private static final int STEPS = EnquiryChased.Step.values().length;
    private static final Pattern FIRED = Pattern.compile("liaison_chase_steps_fired_total\\{[^}]*\\}\\s+([0-9.Ee+-]+)");




    @Tag("ENQ-8")
    @Test
    void ENQ_8_two_instances_on_one_database_fire_each_step_once() throws Exception {
        String admin = DevTokens.mint("system-test-admin", "admin");
        List<Map<String, Object>> councillors = given().baseUri(suite.url("directory-service")).auth().oauth2(admin).when()
                .get("/councillors?ward=E05999005&size=10").then().statusCode(200).extract().path("items");
        // Monday 1 March 2027, 10:00: due Monday 8 March, 17:00
        suite.moveClockTo(Instant.parse("2027-03-01T10:00:00Z"));
        try (ServiceProcess second = SuiteServices.startInstance(suite.repository, suite.infrastructure,
                SuiteServices.ALL.get(1), "enquiry-service-2", "enquiry", suite.testEnvironment, suite.logs,
                Duration.ofMinutes(2))) {
            List<String> instances = List.of(suite.url("enquiry-service"), second.baseUrl());
            Map<String, String> references = new HashMap<>();
            Map<String, String> councillorOf = new HashMap<>();
            for (int i = 0; i < ENQUIRIES; i++) {
                Map<String, Object> councillor = councillors.get(i % councillors.size());
                Response raised = raise(instances.get(i % 2), DevTokens.mint((String) councillor.get("id"), "councillor"), i);
                raised.then().statusCode(201);
                references.put(raised.path("id"), raised.path("reference"));
                councillorOf.put(raised.path("id"), (String) councillor.get("email"));
            }
            double firedBefore = fired(instances.get(0)) + fired(instances.get(1));

            // Tuesday 16 March 2027, 10:00: past the director's escalation (Monday 15 March, 17:00), within working hours
            suite.moveClockTo(Instant.parse("2027-03-16T10:00:00Z"));
            // Both instances chase every second. A step is claimed by its chase_step row, in the transaction that
            // publishes its event; once all five steps of every enquiry are claimed, nothing is left to fire for them
            await().alias("every step of every enquiry claimed").atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> suite.count(RunningSuite.ENQUIRY, "select count(*) from chase_step where enquiry_id::text = any(?)",
                            references.keySet()), claimed -> claimed == ENQUIRIES * STEPS);
            // ... and what was claimed is all on Kafka: the enquiries' outbox is published, and the topic is read to its end
            suite.awaitOutboxPublished(RunningSuite.ENQUIRY, references.keySet());
            List<ConsumerRecord<String, String>> chases = new TopicReader(suite.kafka.bootstrapServers()).readToEnd(
                    "enquiry.events", r -> references.containsKey(r.key())
                            && TopicReader.header(r, "ce_type").orElse("").equals("liaison.enquiry.chased.v1"));

            // four steps each: the due-soon reminder is settled unsent, as the jump lands after the due time
            Map<String, Long> perStep = chases.stream().collect(Collectors.groupingBy(
                    r -> r.key() + " " + step(r.value()), Collectors.counting()));
            assertEquals(ENQUIRIES * 4, perStep.size(), "every step of every enquiry fired: " + perStep.keySet());
            perStep.forEach((step, times) -> assertEquals(1L, times, step + " fired " + times + " times"));
            assertEquals(ENQUIRIES, suite.count(RunningSuite.ENQUIRY, "select count(*) from chase_step "
                    + "where enquiry_id::text = any(?) and step = 'DUE_SOON' and superseded", references.keySet()),
                    "each due-soon reminder settled unsent");
            double firedAfter = fired(instances.get(0)) + fired(instances.get(1));
            assertTrue(firedAfter - firedBefore >= ENQUIRIES * 4, "the instances' counters saw the steps fire");

            // and each councillor is told once per enquiry that it is overdue
            Set<String> told = new HashSet<>();
            for (Map.Entry<String, String> enquiry : references.entrySet()) {
                String subject = "Your enquiry " + enquiry.getValue() + " is overdue";
                String to = councillorOf.get(enquiry.getKey());
                suite.smtp.awaitMessage(m -> SmtpServer.sentTo(m, to) && SmtpServer.subjectOf(m).startsWith(subject), Duration.ofSeconds(90));
                told.add(enquiry.getValue());
            }
            // the hub has handled every event of these enquiries and sent every email they made: no other is coming
            List<RunningSuite.Mail> mail = suite.awaitMailSettledFor(references.keySet());
            assertTrue(mail.size() >= ENQUIRIES * 2, "the acknowledgements and overdue notices are among the mail read: " + mail);
            assertTrue(mail.stream().allMatch(RunningSuite.Mail::sent), "every email sent: " + mail);
            List<String> duplicates = new ArrayList<>();
            for (Map.Entry<String, String> enquiry : references.entrySet()) {
                String subject = "Your enquiry " + enquiry.getValue() + " is overdue";
                long times = suite.smtp.received().stream().filter(m -> SmtpServer.subjectOf(m).startsWith(subject)).count();
                if (times != 1) {
                    duplicates.add(subject + " × " + times);
                }
            }
            assertTrue(duplicates.isEmpty(), String.valueOf(duplicates));
            assertEquals(ENQUIRIES, told.size());
        }
    }

    /**
     * Raised once: the sample council is in the replica both instances share (their one database), which
     * loadSampleCouncil waited for.
     */
    private static Response raise(String instance, String councillorToken, int i) {
        return given().baseUri(instance).auth().oauth2(councillorToken).contentType(ContentType.JSON)
                .body(Map.of("subject", "Street light out, column " + i, "body", "Dark since last week.",
                        "serviceAreaCode", "HWY", "category", "WARD_ISSUE"))
                .when().post("/enquiries");
    }

    /** The sum over steps of this instance's {@code liaison_chase_steps_fired_total}. */
    private static double fired(String instance) {
        String metrics = given().baseUri(instance).when().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        Matcher matcher = FIRED.matcher(metrics);
        while (matcher.find()) {
            total += Double.parseDouble(matcher.group(1));
        }
        return total;
    }

    private static String step(String json) {
        Matcher matcher = Pattern.compile("\"step\":\"([A-Z_]+)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "?";
    }
}
