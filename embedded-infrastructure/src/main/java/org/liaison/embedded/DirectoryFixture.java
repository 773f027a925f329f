package org.liaison.embedded;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.events.calendar.NonWorkingDaysRecord;
import org.liaison.events.directory.ConflictRecord;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.OfficerRecord;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.events.directory.ServiceAreaRecord;
import org.liaison.events.directory.WardRecord;

/**
 * Puts directory records on the directory topics exactly as directory-service's outbox does (the contract records of
 * {@code event-contracts}, as CloudEvents in binary mode) and returns once every replica it was given holds them.
 *
 * <p>A replica holds a record once its service has logged the record's event id as processed: every replica consumer
 * applies records through {@code StateReplica}, which writes that {@code processed_event} row in the same transaction as
 * the replica's own row, so a test that reads the replica next sees the record. Nothing is slept and nothing is retried
 * by the caller.
 */
public final class DirectoryFixture {

    /** The database of a service that keeps a replica of the directory. */
    public record Replica(String name, String jdbcUrl, String username, String password) {
    }

    /** Monday to Friday, 09:00 to 17:00 London: the office hours most officers keep. */
    public static final OfficerRecord.WorkingHours OFFICE_HOURS = new OfficerRecord.WorkingHours(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0), LocalTime.of(17, 0));

    private static final Duration REPLICA_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final int WARD_CODES_FROM = 10_000 * new java.util.Random().nextInt(99); // below E05990000
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_WARD = new java.util.concurrent.atomic.AtomicInteger();

    private final TopicReader kafka;
    private final List<Replica> replicas;

    public DirectoryFixture(String kafkaBootstrapServers, Replica... replicas) {
        this.kafka = new TopicReader(kafkaBootstrapServers);
        this.replicas = List.of(replicas);
    }

    /** For a {@code @QuarkusTest}: the service under test's Kafka broker and its own database as the replica. */
    public static DirectoryFixture forServiceUnderTest() {
        Config config = ConfigProvider.getConfig();
        return new DirectoryFixture(config.getValue("kafka.bootstrap.servers", String.class),
                new Replica(config.getOptionalValue("quarkus.application.name", String.class).orElse("service under test"),
                        config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse("")));
    }

    // ---- the directory's records, published and awaited -------------------------------------------------------

    public WardRecord publish(WardRecord ward) {
        send(Topic.DIRECTORY_WARDS, ward.code(), EventType.WARD_STATE, ward);
        return ward;
    }

    public CouncillorRecord publish(CouncillorRecord councillor) {
        send(Topic.DIRECTORY_COUNCILLORS, councillor.id(), EventType.COUNCILLOR_STATE, councillor);
        return councillor;
    }

    public OfficerRecord publish(OfficerRecord officer) {
        send(Topic.DIRECTORY_OFFICERS, officer.id(), EventType.OFFICER_STATE, officer);
        return officer;
    }

    public ServiceAreaRecord publish(ServiceAreaRecord area) {
        send(Topic.DIRECTORY_SERVICE_AREAS, area.code(), EventType.SERVICE_AREA_STATE, area);
        return area;
    }

    public PoliticalGroupRecord publish(PoliticalGroupRecord group) {
        send(Topic.DIRECTORY_GROUPS, group.code(), EventType.GROUP_STATE, group);
        return group;
    }

    public ConflictRecord publish(ConflictRecord conflict) {
        send(Topic.DIRECTORY_CONFLICTS, conflict.id(), EventType.CONFLICT_STATE, conflict);
        return conflict;
    }

    /**
     * The council's imported bank holidays and closure days as enquiry-service, their one owner, publishes them on
     * {@code calendar.non-working-days} (for replicas of the calendar, such as ward-notify's).
     */
    public NonWorkingDaysRecord publish(NonWorkingDaysRecord days) {
        send(Topic.CALENDAR_NON_WORKING_DAYS, NonWorkingDaysRecord.KEY, EventType.NON_WORKING_DAYS_STATE, days);
        return days;
    }

    /** Deletes a councillor as directory-service does: a tombstone on the compacted topic. */
    public void deleteCouncillor(String id) {
        send(Topic.DIRECTORY_COUNCILLORS, id, EventType.COUNCILLOR_DELETED, null);
    }

    // ---- shorthands for the records most tests need ------------------------------------------------------------

    /**
     * A ward with a fresh code in the GSS shape ({@code E05} and six digits): unique within the test JVM (a counter from
     * a random start), never one of the sample council's {@code E05999…} codes.
     */
    public String ward(String name) {
        return publish(new WardRecord(wardCode(), name)).code();
    }

    /**
     * A fresh ward code as {@link #ward} makes, not published: for a service that does not replicate
     * {@code directory.wards} (enquiry-service knows a ward only by its code on a councillor or an enquiry).
     */
    public String wardCode() {
        return "E05" + String.format("%06d", WARD_CODES_FROM + NEXT_WARD.getAndIncrement() % 10_000);
    }

    /** An active councillor with a fresh id and email, in {@code groupCode} (may be null), for {@code wardCodes}. */
    public String councillor(String displayName, String groupCode, List<CouncillorRecord.CouncillorRoleRecord> roles,
            String... wardCodes) {
        String id = UUID.randomUUID().toString();
        return publish(new CouncillorRecord(id, displayName, id.substring(0, 8) + "@members.council.example", groupCode,
                Arrays.asList(wardCodes), roles, null, null, "EMAIL", "ACTIVE")).id();
    }

    /** An active officer with a fresh id and email, in office hours, away for each of {@code absences}. */
    public String officer(String displayName, String seniority, String lineManagerId, OfficerRecord.Absence... absences) {
        String id = UUID.randomUUID().toString();
        return publish(new OfficerRecord(id, displayName, id.substring(0, 8) + "@council.example", "Officer", seniority,
                List.of(), List.of(), lineManagerId, false, OFFICE_HOURS, List.of(absences), "ACTIVE")).id();
    }

    /** A service area with a fresh code and the three officers of its escalation path (DIR-3). */
    public String serviceArea(String keyContactId, String headOfServiceId, String directorId) {
        String code = "SA" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return publish(new ServiceAreaRecord(code, "Area " + code, keyContactId, headOfServiceId, directorId)).code();
    }

    /** A declared relationship between a councillor and an officer (DIR-5). */
    public String conflict(String councillorId, String officerId) {
        return publish(new ConflictRecord(UUID.randomUUID().toString(), councillorId, officerId)).id();
    }

    // ---- publishing and waiting --------------------------------------------------------------------------------

    private void send(Topic topic, String key, String type, Object record) {
        String eventId = UUID.randomUUID().toString();
        try {
            if (record == null) {
                kafka.publishTombstone(topic.topicName(), key, eventId, type);
            } else {
                kafka.publish(topic.topicName(), key, eventId, type, JSON.writeValueAsString(record));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + record + " as JSON", e);
        }
        for (Replica replica : replicas) {
            await().alias(replica.name() + " holds " + type + " " + key + " (event " + eventId + " on " + topic.topicName()
                    + "); does it replicate that topic?")
                    .atMost(REPLICA_WITHIN).pollInterval(Duration.ofMillis(50))
                    .until(() -> processed(replica, eventId));
        }
    }

    private static boolean processed(Replica replica, String eventId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(replica.jdbcUrl(), replica.username(), replica.password());
                PreparedStatement query = connection.prepareStatement("select 1 from processed_event where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}
