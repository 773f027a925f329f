package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.restassured.http.ContentType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;

/**
 * The notification hub under faults (HUB-1, HUB-2), on the packaged ward-notify-service: borough-wide matters (every
 * ward of the sample council, 56 councillors each) fan out while the hub is killed, its relay goes away, or a second
 * instance shares its work. After each, every email arrived, each once per notification except the documented crash
 * window (the emails in flight when the process died, sent again with the same Message-ID), nothing FAILED.
 *
 * <p>These instances have their own database, consumer group and SMTP server, so the faults touch no other test.
 */
class HubFaultsIT extends MovingClockSuiteTest {

    private static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");
    private static final String DATABASE = "notify_faults";
    private static final String GROUP = "ward-notify-faults";
    /** liaison.delivery.connections: the most emails one instance has in flight, so the most a crash can repeat. */
    private static final int CONNECTIONS = 4;
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(3);
    /** How long the Kafka broker stays down: well past the clients' reconnect backoff (1 s at most, Kafka's default). */
    private static final Duration BROKER_OUTAGE = Duration.ofSeconds(15);

    private static SmtpServer relay;
    private static List<String> allWards;

    @BeforeAll
    static void ownRelay() {
        relay = SmtpServer.start();
        allWards = given().baseUri(suite.url("directory-service")).auth().oauth2(DevTokens.mint("system-test-admin", "admin"))
                .when().get("/wards?size=500").then().statusCode(200).extract().path("items.code");
    }

    @AfterAll
    static void stopRelay() {
        if (relay != null) {
            relay.close();
        }
    }

    @Tag("HUB-1")
    @Test
    void HUB_1_killed_mid_fan_out_and_restarted_every_email_arrives_and_only_those_in_flight_twice() throws Exception {
        List<String> matters = new ArrayList<>();
        long sentWhenKilled;
        long total;
        try (ServiceProcess hub = startHub("ward-notify-faults-1")) {
            for (int i = 0; i < 8; i++) {
                matters.add(registerBoroughWide(hub, "Killed fan-out " + i));
            }
            total = rows(matters, null);
            // kill -9 while the hub is part-way through
            faultTolerantAwait().alias("the fan-out under way").atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(10))
                    .until(() -> rows(matters, "SENT") >= 20);
            hub.kill();
            sentWhenKilled = rows(matters, "SENT");
        }
        assertTrue(sentWhenKilled < total, "killed part-way: " + sentWhenKilled + " of " + total + " recorded as sent");
        try (ServiceProcess restarted = startHub("ward-notify-faults-1-restarted")) {
            awaitAllSent(matters, total);
        }
        long twice = assertEveryEmailArrived(receivedCopies(matters), total, CONNECTIONS);
        System.out.printf("[fault] kill -9 mid-fan-out: %d of %d recorded sent at the kill; all %d arrived, %d twice%n",
                sentWhenKilled, total, total, twice);
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_a_relay_outage_longer_than_the_first_retry_delays_the_fan_out_and_loses_nothing() throws Exception {
        List<String> matters = new ArrayList<>();
        try (ServiceProcess hub = startHub("ward-notify-faults-2")) {
            relay.suspend();
            long total;
            try {
                matters.add(registerBoroughWide(hub, "Outage fan-out 1"));
                matters.add(registerBoroughWide(hub, "Outage fan-out 2"));
                total = rows(matters, null);
                // the first retry came and went while the relay was down
                faultTolerantAwait().alias("emails retried during the outage").atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(100))
                        .until(() -> suite.count(DATABASE, "select count(*) from notification where matter_id::text = any(?) "
                                + "and status = 'RETRYING' and attempts >= 2", matters) > 0);
            } finally {
                relay.resume();
            }
            awaitAllSent(matters, total);
            assertEveryEmailArrived(receivedCopies(matters), total, 0);
            System.out.printf("[fault] relay outage: %d emails, retried during the outage, all arrived once%n", total);
        }
    }

    @Tag("HUB-1")
    @Test
    void HUB_1_two_instances_on_one_database_and_consumer_group_send_each_email_once() throws Exception {
        List<String> matters = new ArrayList<>();
        try (ServiceProcess first = startHub("ward-notify-faults-3a"); ServiceProcess second = startHub("ward-notify-faults-3b")) {
            for (int i = 0; i < 6; i++) {
                matters.add(registerBoroughWide(i % 2 == 0 ? first : second, "Shared fan-out " + i));
            }
            long total = rows(matters, null);
            awaitAllSent(matters, total);
            assertEveryEmailArrived(receivedCopies(matters), total, 0);
            System.out.printf("[fault] two instances, one database and group: %d emails, each arrived once%n", total);
        }
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_its_database_restarted_mid_fan_out_the_hub_carries_on_and_loses_nothing() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createTempDirectory("hub-faults-postgres");
        int port = org.liaison.embedded.Ports.free();
        org.liaison.embedded.PostgresServer database = org.liaison.embedded.PostgresServer.embedded(data, port);
        String group = GROUP + "-own-database";
        List<String> matters = new ArrayList<>();
        try {
            SuiteServices.Infrastructure own = new SuiteServices.Infrastructure(database, suite.infrastructure.kafkaBootstrapServers(),
                    relay.host(), relay.port(), suite.infrastructure.oidcIssuer());
            Map<String, String> environment = hubEnvironment();
            environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", group);
            long total;
            long sentAtRestart;
            try (ServiceProcess hub = SuiteServices.startInstance(suite.repository, own, SuiteServices.ALL.get(2),
                    "ward-notify-faults-4", "notify", environment, suite.logs, Duration.ofMinutes(2))) {
                suite.directoryTopicsOf("ward-notify-service").values().forEach(topics -> suite.awaitConsumedToEnd(group, topics));
                for (int i = 0; i < 8; i++) {
                    matters.add(registerBoroughWide(hub, "Database restart fan-out " + i));
                }
                org.liaison.embedded.PostgresServer first = database;
                java.util.function.Supplier<Long> sent = () -> countIn(first, "select count(*) from notification "
                        + "where matter_id::text = any(?) and status = 'SENT'", matters);
                total = countIn(first, "select count(*) from notification where matter_id::text = any(?)", matters);
                faultTolerantAwait().alias("the fan-out under way").atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(10))
                        .until(() -> sent.get() >= 20);
                database.close();
                database = org.liaison.embedded.PostgresServer.embedded(data, port);
                org.liaison.embedded.PostgresServer restarted = database;
                sentAtRestart = countIn(restarted, "select count(*) from notification where matter_id::text = any(?) "
                        + "and status = 'SENT'", matters);
                faultTolerantAwait().alias("all " + total + " emails sent after the restart").atMost(SETTLED_WITHIN)
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> countIn(restarted, "select count(*) from notification where matter_id::text = any(?) "
                                + "and status = 'SENT'", matters) == total);
                assertTrue(hub.isAlive(), "the hub lived through its database's restart");
            }
            assertTrue(sentAtRestart < total, "restarted part-way: " + sentAtRestart + " of " + total);
            long twice = assertEveryEmailArrived(copiesAt(relay, queryIn(database,
                    "select message_id from notification where matter_id::text = any(?)", matters)), total, CONNECTIONS);
            System.out.printf("[fault] PostgreSQL restart mid-fan-out: %d of %d sent at the restart; all arrived, %d twice%n",
                    sentAtRestart, total, twice);
        } finally {
            database.close();
        }
    }

    private static long countIn(org.liaison.embedded.PostgresServer database, String sql, List<String> matters) {
        return Long.parseLong(queryIn(database, sql, matters).get(0));
    }

    private static List<String> queryIn(org.liaison.embedded.PostgresServer database, String sql, List<String> matters) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(database.jdbcUrl("notify"),
                database.username(), database.password());
                java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", matters.toArray()));
            List<String> rows = new ArrayList<>();
            try (java.sql.ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The outbox (HUB-1's source side): an enquiry-service instance killed right after committing enquiries, before or
     * while its relay publishes them. The other instance on the same database relays what it committed; each event is
     * on Kafka once and each councillor acknowledged once.
     */
    @Tag("HUB-1")
    @Test
    void HUB_1_enquiry_service_killed_between_commit_and_relay_loses_no_event_and_sends_no_acknowledgement_twice()
            throws Exception {
        List<Map<String, Object>> councillors = enquiringCouncillors();
        Map<String, String> references = new HashMap<>();
        long unpublishedAtKill;
        try (ServiceProcess doomed = SuiteServices.startInstance(suite.repository, suite.infrastructure,
                SuiteServices.ALL.get(1), "enquiry-service-doomed", RunningSuite.ENQUIRY, suite.testEnvironment, suite.logs,
                Duration.ofMinutes(2))) {
            for (int i = 0; i < 6; i++) {
                raiseEnquiry(doomed.baseUrl(), councillors.get(i % councillors.size()), "report " + i, references);
            }
            doomed.kill();
            unpublishedAtKill = suite.count(RunningSuite.ENQUIRY, "select count(*) from outbox_message "
                    + "where message_key = any(?) and published_at is null", references.keySet());
        }
        List<String> events = suite.awaitOutboxPublished(RunningSuite.ENQUIRY, references.keySet());
        suite.awaitMailSettledFor(references.keySet());
        List<String> onTopic = new org.liaison.embedded.TopicReader(suite.kafka.bootstrapServers()).readToEnd("enquiry.events",
                r -> references.containsKey(r.key())).stream().map(r -> org.liaison.embedded.TopicReader.header(r, "ce_id")
                        .orElse("?")).toList();
        assertEquals(Set.copyOf(events), Set.copyOf(onTopic), "every committed event is on the topic");
        assertAcknowledgedOnce(references.values());
        System.out.printf("[fault] enquiry-service kill -9 after commit: %d of %d events unpublished at the kill; all relayed, "
                + "each acknowledgement once%n", unpublishedAtKill, events.size());
    }

    /**
     * The Kafka broker restarted (HUB-1, HUB-2): the suite's own broker is stopped as an operator restarts one, while a
     * matter fans out on this test's hub; it stays down for longer than the clients' reconnect backoff while enquiries
     * are raised on enquiry-service (their events reach ward-notify-service only over Kafka) and another matter is
     * registered, then starts again on the same port and log directory. Every service is ready again without a
     * restart, every committed event reaches ward-notify, each acknowledgement and each matter's email arrives once,
     * nothing FAILED and nothing is dead-lettered.
     */
    @Tag("HUB-1")
    @Tag("HUB-2")
    @Test
    void HUB_1_the_kafka_broker_restarted_delays_the_events_and_loses_or_repeats_no_email() throws Exception {
        assumeTrue(suite.kafka.restartable(), "an external Kafka cluster (TEST_KAFKA_BOOTSTRAP) is not the suite's to restart");
        List<Map<String, Object>> councillors = enquiringCouncillors();
        String enquiryService = suite.url("enquiry-service");
        Map<String, String> references = new LinkedHashMap<>();
        List<String> matters = new ArrayList<>();
        long deadLettered = suite.deadLettered();
        try (ServiceProcess hub = startHub("ward-notify-faults-5")) {
            List<ServiceProcess> services = new ArrayList<>(suite.services.processes());
            services.add(hub);
            raiseEnquiry(enquiryService, councillors.get(0), "before the broker restart", references);
            matters.add(registerBoroughWide(hub, "Broker restart fan-out 0"));

            long stoppingAt = SuiteClock.ticks();
            suite.kafka.stop();
            Duration stopping = SuiteClock.since(stoppingAt);
            long downAt = SuiteClock.ticks();
            long unpublishedAtRestart;
            Duration outage;
            AtomicBoolean hubReportedDown = new AtomicBoolean();
            try {
                matters.add(registerBoroughWide(hub, "Broker restart fan-out 1"));
                // an enquiry a second until the outage has outlasted the reconnect backoff and the hub reports it
                faultTolerantAwait().alias("a broker outage of " + BROKER_OUTAGE).atMost(BROKER_OUTAGE.plusMinutes(1))
                        .pollInSameThread().pollInterval(Duration.ofSeconds(1)).until(() -> {
                            raiseEnquiry(enquiryService, councillors.get(references.size() % councillors.size()),
                                    "report " + references.size() + " during the broker outage", references);
                            if (!hubReportedDown.get() && !ready(hub)) {
                                hubReportedDown.set(true);
                            }
                            return hubReportedDown.get() && SuiteClock.since(downAt).compareTo(BROKER_OUTAGE) >= 0;
                        });
            } finally {
                unpublishedAtRestart = suite.count(RunningSuite.ENQUIRY, "select count(*) from outbox_message "
                        + "where message_key = any(?) and published_at is null", references.keySet());
                outage = SuiteClock.since(downAt);
                suite.kafka.restart();
            }
            Duration restarting = SuiteClock.since(downAt).minus(outage);
            long restartedAt = SuiteClock.ticks();
            List<String> events = suite.awaitOutboxPublished(RunningSuite.ENQUIRY, references.keySet());
            Duration relayedAfter = SuiteClock.since(restartedAt);
            List<RunningSuite.Mail> acknowledgements = suite.awaitMailSettledFor(references.keySet());
            Duration acknowledgedAfter = SuiteClock.since(restartedAt);
            services.forEach(service -> service.awaitReady(Duration.ofMinutes(1)));
            Duration readyAfter = SuiteClock.since(restartedAt);
            long total = rows(matters, null);
            awaitAllSent(matters, total);

            assertTrue(services.stream().allMatch(ServiceProcess::isAlive), "no service was restarted");
            assertEveryEmailArrived(receivedCopies(matters), total, 0);
            assertEquals(events.size(), acknowledgements.size(), "one acknowledgement queued per event: " + acknowledgements);
            assertTrue(acknowledgements.stream().allMatch(RunningSuite.Mail::sent), "nothing FAILED: " + acknowledgements);
            assertAcknowledgedOnce(references.values());
            List<String> onTopic = new org.liaison.embedded.TopicReader(suite.kafka.bootstrapServers()).readToEnd("enquiry.events",
                    r -> references.containsKey(r.key())).stream().map(r -> org.liaison.embedded.TopicReader.header(r, "ce_id")
                            .orElse("?")).toList();
            assertEquals(Set.copyOf(events), Set.copyOf(onTopic), "every committed event is on the topic");
            assertEquals(deadLettered, suite.deadLettered(), "nothing dead-lettered");
            System.out.printf("[fault] Kafka broker restart: stopping took %.1f s, down %.1f s, starting %.1f s; %d enquiries "
                    + "(%d unpublished at the restart); after it: all relayed in %.1f s (%d records on the topic for %d events), "
                    + "acknowledged once in %.1f s, every service ready in %.1f s; %d matter emails, each once%n",
                    seconds(stopping), seconds(outage), seconds(restarting), references.size(), unpublishedAtRestart,
                    seconds(relayedAfter), onTopic.size(), events.size(), seconds(acknowledgedAfter), seconds(readyAfter), total);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    /** Whether {@code service} answers its readiness check with UP. */
    private static boolean ready(ServiceProcess service) {
        return given().baseUri(service.baseUrl()).when().get("/q/health/ready").statusCode() == 200;
    }

    /**
     * Awaitility fails an await when any thread dies of an exception meanwhile; here GreenMail's session threads do,
     * on purpose, when the hub they talk to is killed.
     */
    private static org.awaitility.core.ConditionFactory faultTolerantAwait() {
        return await().dontCatchUncaughtExceptions();
    }

    /** A hub on this test's database, group and relay; a restarted one takes claims left by a dead one after 5 s. */
    private static ServiceProcess startHub(String name) {
        ServiceProcess hub = SuiteServices.startInstance(suite.repository, suite.infrastructure, SuiteServices.ALL.get(2), name,
                DATABASE, hubEnvironment(), suite.logs, Duration.ofMinutes(2));
        // the whole directory is in its replica before anything is registered
        suite.directoryTopicsOf("ward-notify-service").values().forEach(topics -> suite.awaitConsumedToEnd(GROUP, topics));
        return hub;
    }

    private static Map<String, String> hubEnvironment() {
        Map<String, String> environment = new HashMap<>(suite.testEnvironment);
        environment.put("QUARKUS_MAILER_PORT", String.valueOf(relay.port()));
        environment.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", GROUP);
        environment.put("LIAISON_ENQUIRY_EVENTS_OFFSET_RESET", "latest");
        environment.put("LIAISON_MEDIA_EVENTS_OFFSET_RESET", "latest");
        environment.put("LIAISON_DELIVERY_CONNECTIONS", String.valueOf(CONNECTIONS));
        environment.put("LIAISON_DELIVERY_CLAIM_LEASE", "5s");
        environment.put("LIAISON_DELIVERY_SEND_TIMEOUT", "4s");
        environment.put("LIAISON_DELIVERY_FIRST_RETRY_AFTER", "2s");
        environment.put("LIAISON_DELIVERY_LONGEST_WAIT", "4s");
        return environment;
    }

    /** A public meeting for every ward, three weeks from the services' now. */
    private static String registerBoroughWide(ServiceProcess hub, String title) {
        ZonedDateTime startsAt = suite.servicesNow().atZone(SuiteClock.LONDON).toLocalDate().plusWeeks(3).atTime(19, 0)
                .atZone(SuiteClock.LONDON);
        return given().baseUri(hub.baseUrl()).auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", title + " " + UUID.randomUUID().toString().substring(0, 8),
                        "location", "Civic Centre", "startsAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startsAt),
                        "endsAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(startsAt.plusHours(2)), "wardCodes", allWards))
                .when().post("/matters").then().statusCode(201).extract().path("id");
    }

    /** Councillors of one ward of the sample council, who raise this suite's enquiries. */
    private static List<Map<String, Object>> enquiringCouncillors() {
        return given().baseUri(suite.url("directory-service")).auth().oauth2(DevTokens.mint("system-test-admin", "admin"))
                .when().get("/councillors?ward=E05999005&size=10").then().statusCode(200).extract().path("items");
    }

    /** {@code councillor} raises an enquiry on the enquiry-service at {@code baseUrl}; its id and reference go to {@code references}. */
    private static void raiseEnquiry(String baseUrl, Map<String, Object> councillor, String report, Map<String, String> references) {
        var raised = given().baseUri(baseUrl).auth().oauth2(DevTokens.mint((String) councillor.get("id"), "councillor"))
                .contentType(ContentType.JSON)
                .body(Map.of("subject", "Fly-tipping behind the parade, " + report, "body", "Mattresses again.",
                        "serviceAreaCode", "HWY", "category", "WARD_ISSUE"))
                .when().post("/enquiries");
        raised.then().statusCode(201);
        references.put(raised.path("id"), raised.path("reference"));
    }

    /** The suite's SMTP server holds one acknowledgement (ENQ-6) of each enquiry, by reference. */
    private static void assertAcknowledgedOnce(java.util.Collection<String> references) {
        for (String reference : references) {
            long acknowledgements = suite.smtp.received().stream()
                    .filter(m -> SmtpServer.subjectOf(m).startsWith("Enquiry " + reference + " received")).count();
            assertEquals(1, acknowledgements, "one acknowledgement of " + reference);
        }
    }

    /** The matters' emails, all or with {@code status}. */
    private static long rows(List<String> matters, String status) {
        return status == null
                ? suite.count(DATABASE, "select count(*) from notification where matter_id::text = any(?)", matters)
                : suite.count(DATABASE, "select count(*) from notification where matter_id::text = any(?) and status = ?",
                        matters, status);
    }

    private static void awaitAllSent(List<String> matters, long total) {
        assertTrue(total >= 50L * matters.size(), "borough-wide: " + total + " emails for " + matters.size() + " matters");
        faultTolerantAwait().alias("all " + total + " emails sent").atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> rows(matters, "SENT") == total);
        assertEquals(0, suite.count(DATABASE, "select count(*) from notification where matter_id::text = any(?) "
                + "and status in ('FAILED', 'BOUNCED')", matters), "nothing FAILED");
    }

    /** How many copies of each of the matters' emails the relay holds, by Message-ID. */
    private static Map<String, Long> receivedCopies(List<String> matters) {
        return copiesAt(relay, suite.query(DATABASE, "select message_id from notification where matter_id::text = any(?)",
                row -> row.getString(1), matters));
    }

    /** How many copies of each of these emails {@code smtp} holds, by Message-ID (none received: not in the map). */
    private static Map<String, Long> copiesAt(SmtpServer smtp, java.util.Collection<String> messageIds) {
        Set<String> expected = Set.copyOf(messageIds);
        return smtp.received().stream().map(HubFaultsIT::messageId).filter(expected::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /**
     * Every one of the {@code total} emails arrived, each once but at most {@code crashWindow} of them (the emails in
     * flight when a process or its database went, HUB-1's documented window) twice, and none more; returns how many twice.
     */
    private static long assertEveryEmailArrived(Map<String, Long> copies, long total, int crashWindow) {
        assertEquals(total, copies.size(), "every email arrived");
        List<String> twice = copies.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
        assertTrue(twice.size() <= crashWindow, crashWindow == 0 ? "each once: " + copies
                : "only the emails in flight (at most " + crashWindow + ") may arrive twice: " + twice);
        assertTrue(copies.values().stream().allMatch(n -> n <= 2), "none more than twice: " + copies);
        return twice.size();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
