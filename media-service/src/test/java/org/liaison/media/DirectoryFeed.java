package org.liaison.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaison.embedded.TopicReader;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.media.replica.CouncillorReplica;

/** Publishes councillors and groups exactly as directory-service's outbox does, and waits for the replica. */
final class DirectoryFeed {

    private final TopicReader kafka;
    private final ObjectMapper json;

    DirectoryFeed(String bootstrapServers, ObjectMapper json) {
        this.kafka = new TopicReader(bootstrapServers);
        this.json = json;
    }

    /** A councillor of {@code group} holding {@code role} from {@code from} to {@code to} (null: no role). */
    String councillor(String name, String group, String role, LocalDate from, LocalDate to) {
        String id = UUID.randomUUID().toString();
        List<CouncillorRecord.CouncillorRoleRecord> roles = role == null ? List.of()
                : List.of(new CouncillorRecord.CouncillorRoleRecord(role, null, null, from, to));
        publish("directory.councillors", id, "liaison.directory.councillor.v1", new CouncillorRecord(id, name,
                id.substring(0, 8) + "@members.council.example", group, List.of("E05999001"), roles, null, null, "EMAIL", "ACTIVE"));
        awaitCouncillor(id);
        return id;
    }

    /** A ward, once media-service's replica knows it. */
    String ward(String code) {
        publish("directory.wards", code, "liaison.directory.ward.v1", new org.liaison.events.directory.WardRecord(code, "Ward " + code));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(
                () -> org.liaison.media.replica.WardReplica.findById(code) == null)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Ward " + code + " never reached media-service's replica");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return code;
    }

    String group(String code, String name, String leaderId) {
        publish("directory.groups", code, "liaison.directory.group.v1", new PoliticalGroupRecord(code, name, leaderId));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            org.liaison.media.replica.GroupReplica group = org.liaison.media.replica.GroupReplica.findById(code);
            return group == null || !name.equals(group.name) || !java.util.Objects.equals(leaderId, group.leaderId);
        })) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Group " + code + " never reached media-service's replica");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return code;
    }

    private void publish(String topic, String key, String type, Object record) {
        try {
            kafka.publish(topic, key, UUID.randomUUID().toString(), type, json.writeValueAsString(record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void awaitCouncillor(String id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> CouncillorReplica.findById(id) == null)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Councillor " + id + " never reached media-service's replica");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
