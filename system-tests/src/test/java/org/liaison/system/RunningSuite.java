package org.liaison.system;

import static io.restassured.RestAssured.given;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.OidcServer;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;
import org.liaison.events.Topic;

/**
 * The packaged suite on real PostgreSQL, Kafka and SMTP, started once for all system tests of the run and
 * stopped when the JVM exits. Every service reads "now" from one clock-offset file (test-only configuration
 * {@code liaison.clock.offset-file}), so a test moves time for the whole suite instead of waiting; chasers run
 * every second.
 *
 * <p>Nothing here waits for time to pass: what a test needs to have happened is awaited as a condition in the
 * services' databases and on Kafka (a replica has consumed the directory topics to their end, every event of an
 * enquiry is handled and its mail settled), so that what the test reads next is all there is.
 */
final class RunningSuite {

    /** The directory-service database, whose outbox says what the directory has published. */
    static final String DIRECTORY = "directory";
    static final String ENQUIRY = "enquiry";
    static final String NOTIFY = "notify";
    static final String MEDIA = "media";
    private static final List<String> DIRECTORY_TOPICS = List.of("directory.wards", "directory.councillors",
            "directory.officers", "directory.service-areas", "directory.groups", "directory.conflicts");
    /** The bounce mailbox every service of the suite is given (HUB-2), on the suite's GreenMail. */
    static final String BOUNCES_ADDRESS = "bounces@council.example";
    private static final Duration REPLICATED_WITHIN = Duration.ofSeconds(120);
    private static final Duration SETTLED_WITHIN = Duration.ofSeconds(120);

    private static RunningSuite instance;

    final Path repository;
    final Path logs;
    final PostgresServer postgres;
    final KafkaBroker kafka;
    final SmtpServer smtp;
    final SuiteServices.Infrastructure infrastructure;
    final SuiteServices services;
    final Path clockOffset;
    /** Test-only configuration every instance of a service of this suite gets. */
    final Map<String, String> testEnvironment;
    private boolean sampleCouncilLoaded;
    private ServiceProcess web;
    /** The instant the services' clock was last moved to, and when ({@link SuiteClock#ticks()}). */
    private volatile Instant movedTo;
    private volatile long movedAtTicks;

    private RunningSuite() throws Exception {
        repository = Path.of(System.getProperty("liaison.repository", "..")).toRealPath();
        logs = repository.resolve("system-tests/target/service-logs");
        Files.createDirectories(logs);
        postgres = PostgresServer.forTests();
        kafka = KafkaBroker.forTests();
        kafka.createSuiteTopics();
        smtp = SmtpServer.start();
        infrastructure = new SuiteServices.Infrastructure(postgres, kafka.bootstrapServers(), smtp.host(), smtp.port(),
                OidcServer.forTests().issuer());
        clockOffset = repository.resolve("system-tests/target/clock-offset");
        resetClock(); // every service starts at the suite's stated "now"
        // HUB-2: every email's envelope sender is bounces+<notification id>@council.example; GreenMail's IMAP holds that
        // mailbox, which the hub reads every two seconds for delivery reports (as the local run does, every minute)
        testEnvironment = Map.of("LIAISON_CLOCK_OFFSET_FILE", clockOffset.toString(), "LIAISON_CHASE_EVERY", "1s",
                "LIAISON_BOUNCES_ADDRESS", BOUNCES_ADDRESS, "LIAISON_BOUNCES_IMAP_HOST", smtp.host(),
                "LIAISON_BOUNCES_IMAP_PORT", String.valueOf(smtp.imapPort()), "LIAISON_BOUNCES_IMAP_SSL", "false",
                "LIAISON_BOUNCES_CHECK_EVERY", "2s",
                // the tests read published outbox rows (event ids) after moving the clock days on; pruning is proven
                // by enquiry-service's CaseworkDoesNotLingerTest
                "LIAISON_OUTBOX_KEEP_PUBLISHED", "PT87600H");
        services = SuiteServices.start(repository, infrastructure, logs, true, Duration.ofMinutes(3), testEnvironment);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            smtp.close();
            kafka.close();
            postgres.close();
        }, "system-test-suite-stop"));
    }

    static synchronized RunningSuite get() throws Exception {
        if (instance == null) {
            instance = new RunningSuite();
        }
        return instance;
    }

    String url(String service) {
        return services.url(service);
    }

    /** The web front end in front of this suite, started on first use (only the browser tests need it). */
    synchronized ServiceProcess web() {
        if (web == null) {
            web = services.startWeb(repository, infrastructure, 0, logs, Duration.ofMinutes(2));
        }
        return web;
    }

    // ---- the services' clock -----------------------------------------------------------------------------------

    /** Every service of the suite now reads {@code instant} as "now", and time runs on from there. */
    void moveClockTo(Instant instant) {
        writeClockOffset(SuiteClock.machineOffsetTo(instant));
        movedTo = instant;
        movedAtTicks = SuiteClock.ticks();
    }

    /** Back to the suite's clock ({@link SuiteClock}): the stated "now" of this run, running on since it started. */
    void resetClock() {
        moveClockTo(SuiteClock.now());
    }

    /** What the services read as "now": the instant last moved to, plus the time run since. */
    Instant servicesNow() {
        return movedTo.plus(SuiteClock.since(movedAtTicks));
    }

    private void writeClockOffset(Duration offset) {
        try {
            Path partial = clockOffset.resolveSibling("clock-offset.partial");
            Files.writeString(partial, offset.toString());
            Files.move(partial, clockOffset, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // services notice a changed modification time; make sure it changes even within one filesystem tick
            Files.setLastModifiedTime(clockOffset, FileTime.from(SuiteClock.machineNow()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the directory, and the replicas of it -----------------------------------------------------------------

    /**
     * Imports the sample council (deploy/local/sample-council) into directory-service, once per run, and returns once
     * every replica of the suite holds it ({@link #awaitDirectoryReplicated()}).
     */
    synchronized void loadSampleCouncil() throws IOException {
        if (sampleCouncilLoaded) {
            return;
        }
        String admin = DevTokens.mint("system-test-admin", "admin");
        for (String[] file : new String[][] {{"wards", "wards.csv"}, {"committees", "committees.csv"},
                {"groups", "groups.csv"}, {"councillors", "councillors.csv"}, {"groups", "group-leaders.csv"}, {"officers", "officers.csv"},
                {"service-areas", "service-areas.csv"}}) {
            given().baseUri(url("directory-service")).auth().oauth2(admin).contentType("text/csv")
                    .body(Files.readString(repository.resolve("deploy/local/sample-council").resolve(file[1])))
                    .when().post("/imports?kind=" + file[0]).then().statusCode(200);
        }
        awaitDirectoryReplicated();
        sampleCouncilLoaded = true;
    }

    /**
     * Returns once every downstream replica holds everything directory-service has written so far: its outbox is all
     * on Kafka, and then the consumer group of every service that replicates a directory topic has committed that
     * topic to its end. A service commits a record only after the transaction that applied it, so a request to any
     * service after this sees the directory as it is now.
     */
    void awaitDirectoryReplicated() {
        awaitOutboxPublished(DIRECTORY, null);
        directoryReplicas().forEach(this::awaitConsumedToEnd);
    }

    /**
     * The consumer groups of the suite's services and the directory topics each replicates, as the services'
     * application.properties configure them (a channel's own {@code group.id}, or the connector's).
     */
    Map<String, Set<String>> directoryReplicas() {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (SuiteServices.Service service : SuiteServices.ALL) {
            directoryTopicsOf(service.name()).forEach((group, topics) ->
                    groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).addAll(topics));
        }
        return groups;
    }

    /** The directory topics {@code service} replicates, by consumer group. */
    Map<String, Set<String>> directoryTopicsOf(String service) {
        Properties config = new Properties();
        try (Reader reader = Files.newBufferedReader(repository.resolve(service).resolve("src/main/resources/application.properties"))) {
            config.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String connectorGroup = config.getProperty("mp.messaging.connector.smallrye-kafka.group.id", service);
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (String key : config.stringPropertyNames()) {
            if (key.startsWith("mp.messaging.incoming.") && key.endsWith(".topic")
                    && DIRECTORY_TOPICS.contains(config.getProperty(key).strip())) {
                String channel = key.substring(0, key.length() - ".topic".length());
                String group = config.getProperty(channel + ".group.id", connectorGroup);
                groups.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(config.getProperty(key).strip());
            }
        }
        return groups;
    }

    /**
     * Waits until {@code group} has committed every partition of {@code topics} up to the end offsets they have now:
     * it has handled everything on them (a group commits a record after handling it).
     */
    void awaitConsumedToEnd(String group, Collection<String> topics) {
        try (Admin admin = admin()) {
            Map<TopicPartition, Long> end = endOffsets(admin, topics);
            await().alias(group + " consumed " + topics + " to their end").atMost(REPLICATED_WITHIN)
                    .pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                                .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                        Map<TopicPartition, String> behind = new HashMap<>();
                        end.forEach((partition, endOffset) -> {
                            OffsetAndMetadata at = committed.get(partition);
                            if (endOffset > 0 && (at == null || at.offset() < endOffset)) {
                                behind.put(partition, "committed " + (at == null ? "nothing" : at.offset()) + " of " + endOffset);
                            }
                        });
                        assertTrue(behind.isEmpty(), () -> group + " is behind on " + behind);
                    });
        }
    }

    /** How many records the dead-letter topics of every topic of the suite hold now (their end offsets, summed). */
    long deadLettered() {
        try (Admin admin = admin()) {
            return endOffsets(admin, Arrays.stream(Topic.values())
                    .map(Topic::deadLetterTopicName).toList()).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return Admin.create(props);
    }

    /** Every partition of {@code topics} and its end offset now. */
    private static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<String> topics) {
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> end = new HashMap<>();
            admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((partition, info) -> end.put(partition, info.offset()));
            return end;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not read the end offsets of " + topics, e);
        }
    }

    // ---- an enquiry's events and the mail they made ------------------------------------------------------------

    /** One email ward-notify-service queued (HUB-2), as its database has it. */
    record Mail(String sourceEvent, String to, String template, String status, Instant nextAttemptAt, Instant sentAt,
            String heldReason) {

        boolean sent() {
            return "SENT".equals(status);
        }

        /** Waiting for the recipient's working hours (HUB-3), not for delivery. */
        boolean held() {
            return "PENDING".equals(status) && heldReason != null;
        }
    }

    /**
     * Waits until everything enquiry-service has published about these enquiries so far is on {@code enquiry.events}
     * (their outbox rows are published), ward-notify-service has handled each of those events (its processed-event log
     * holds their ids), and every email it queued for them is settled: SENT, FAILED or SUPERSEDED, or held for the
     * recipient's working hours until after the services' "now" — nothing is on its way. Returns those emails. What
     * the SMTP server has received for these enquiries after this is all it will receive until the clock moves or
     * someone acts.
     */
    List<Mail> awaitMailSettledFor(Collection<String> enquiryIds) {
        List<String> events = awaitOutboxPublished(ENQUIRY, enquiryIds);
        await().alias("ward-notify-service handled the " + events.size() + " events of enquiries " + enquiryIds)
                .atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> count(NOTIFY, "select count(distinct event_id) from processed_event where event_id = any(?)",
                        events) == events.size());
        List<String> sources = events.stream().map(id -> "enquiry-event:" + id).toList();
        List<Mail> settled = new ArrayList<>();
        await().alias("the mail about enquiries " + enquiryIds + " settled")
                .atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                    List<Mail> mail = query(NOTIFY, """
                            select source_event, recipient_email, template, status, next_attempt_at, sent_at, held_reason
                            from notification where source_event = any(?) order by created_at""",
                            row -> new Mail(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                                    instant(row, 5), instant(row, 6), row.getString(7)),
                            sources);
                    settled.clear();
                    settled.addAll(mail);
                    Instant now = servicesNow();
                    List<Mail> onItsWay = mail.stream().filter(m -> List.of("PENDING", "RETRYING").contains(m.status())
                            && !(m.held() && m.nextAttemptAt().isAfter(now))).toList();
                    assertTrue(onItsWay.isEmpty(), () -> "still on its way at " + now + ": " + onItsWay);
                });
        return settled;
    }

    /**
     * Waits until every outbox row of {@code database} (with one of {@code keys}, or all when null) is published to
     * Kafka; returns their event ids in the order they were written.
     */
    List<String> awaitOutboxPublished(String database, Collection<String> keys) {
        String which = keys == null ? "" : " where message_key = any(?)";
        Object[] params = keys == null ? new Object[0] : new Object[] {keys};
        await().alias("the outbox of " + database + " published" + (keys == null ? "" : " for " + keys))
                .atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> count(database, "select count(*) from outbox_message" + (keys == null ? " where" : which + " and")
                        + " published_at is null", params) == 0);
        return query(database, "select id from outbox_message" + which + " order by position", row -> row.getString(1), params);
    }

    // ---- reading the services' databases -----------------------------------------------------------------------

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /**
     * The rows of {@code sql} in a service's database ({@link SuiteServices.Service#database()}); a parameter that is a
     * collection is passed as a text array (write {@code = any(?)}), an instant as a timestamp with time zone.
     */
    <T> List<T> query(String database, String sql, RowMapper<T> mapper, Object... params) {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(database), postgres.username(), postgres.password());
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object param = params[i];
                if (param instanceof Collection<?> values) {
                    statement.setArray(i + 1, connection.createArrayOf("text", values.stream().map(String::valueOf).toArray()));
                } else if (param instanceof Instant at) {
                    statement.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                } else {
                    statement.setObject(i + 1, param);
                }
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read " + database + ": " + sql, e);
        }
    }

    /** The single number {@code sql} selects (a count). */
    long count(String database, String sql, Object... params) {
        return query(database, sql, row -> row.getLong(1), params).get(0);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
