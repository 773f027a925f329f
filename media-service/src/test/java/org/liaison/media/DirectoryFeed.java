package org.liaison.media;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.liaison.embedded.TopicReader;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.events.directory.WardRecord;
import org.liaison.media.replica.CouncillorReplica;
import org.liaison.media.replica.GroupReplica;
import org.liaison.media.replica.WardReplica;

/** Publishes councillors, groups and wards exactly as directory-service's outbox does, and waits for the replica. */
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
        awaitReplica("Councillor " + id, () -> CouncillorReplica.findById(id) != null);
        return id;
    }

    /** A ward, once media-service's replica knows it. */
    String ward(String code) {
        publish("directory.wards", code, "liaison.directory.ward.v1", new WardRecord(code, "Ward " + code));
        awaitReplica("Ward " + code, () -> WardReplica.findById(code) != null);
        return code;
    }

    String group(String code, String name, String leaderId) {
        publish("directory.groups", code, "liaison.directory.group.v1", new PoliticalGroupRecord(code, name, leaderId));
        awaitReplica("Group " + code, () -> {
            GroupReplica group = GroupReplica.findById(code);
            return group != null && name.equals(group.name) && Objects.equals(leaderId, group.leaderId);
        });
        return code;
    }

    private void publish(String topic, String key, String type, Object record) {
        try {
            kafka.publish(topic, key, UUID.randomUUID().toString(), type, json.writeValueAsString(record));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls media-service's database until {@code arrived} holds; fails after 30 seconds. */
    private static void awaitReplica(String what, BooleanSupplier arrived) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!QuarkusTransaction.requiringNew().call(arrived::getAsBoolean)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " never reached media-service's replica");
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
