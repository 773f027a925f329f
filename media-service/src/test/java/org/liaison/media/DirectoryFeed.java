package org.liaison.media;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.TopicReader;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.events.directory.CommitteeRecord;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.events.directory.WardRecord;

/**
 * The directory records media-service replicates (councillors, groups, wards, committees), with this module's defaults,
 * put on the directory topics by the shared {@link DirectoryFixture} (committees, which only media-service reads, as
 * directory-service's outbox puts them on {@code directory.committees}): each call returns once media-service's replica
 * holds the record.
 */
final class DirectoryFeed {

    /** The ward the councillors of these tests sit for; the rules under test do not look at it. */
    static final String COUNCILLORS_WARD = "E05999001";

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    /** An active councillor of {@code group} holding {@code role} from {@code from} to {@code to} (null: no role). */
    String councillor(String name, String group, String role, LocalDate from, LocalDate to) {
        List<CouncillorRecord.CouncillorRoleRecord> roles = role == null ? List.of()
                : List.of(new CouncillorRecord.CouncillorRoleRecord(role, null, null, from, to));
        return directory.councillor(name, group, roles, COUNCILLORS_WARD);
    }

    /** An active councillor chairing {@code committeeCode} from {@code from}, open-ended. */
    String chair(String name, String committeeCode, LocalDate from) {
        return directory.councillor(name, null, List.of(new CouncillorRecord.CouncillorRoleRecord("COMMITTEE_CHAIR",
                committeeCode, null, from, null)), COUNCILLORS_WARD);
    }

    /** The committee {@code code} of {@code kind}, created or changed, as directory-service publishes it. */
    String committee(String code, String kind) {
        try {
            send(code, EventType.COMMITTEE_STATE, JSON.writeValueAsString(new CommitteeRecord(code, "Committee " + code, kind)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return code;
    }

    /** The committee {@code code} removed: a tombstone on {@code directory.committees}. */
    void removeCommittee(String code) {
        send(code, EventType.COMMITTEE_DELETED, null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private void send(String key, String type, String json) {
        Config config = ConfigProvider.getConfig();
        TopicReader kafka = new TopicReader(config.getValue("kafka.bootstrap.servers", String.class));
        String eventId = UUID.randomUUID().toString();
        String topic = Topic.DIRECTORY_COMMITTEES.topicName();
        if (json == null) {
            kafka.publishTombstone(topic, key, eventId, type);
        } else {
            kafka.publish(topic, key, eventId, type, json);
        }
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getValue("quarkus.datasource.username", String.class);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse("");
        await().alias("media-service holds " + type + " " + key + " (event " + eventId + ")").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(50)).until(() -> processed(url, user, password, eventId));
    }

    private static boolean processed(String url, String user, String password, String eventId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement query = connection.prepareStatement("select 1 from processed_event where event_id = ?")) {
            query.setString(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The ward {@code code}. */
    String ward(String code) {
        return directory.publish(new WardRecord(code, "Ward " + code)).code();
    }

    String group(String code, String name, String leaderId) {
        return directory.publish(new PoliticalGroupRecord(code, name, leaderId)).code();
    }
}
