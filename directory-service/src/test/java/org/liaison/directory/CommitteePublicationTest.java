package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.TopicReader;

/**
 * Committees reach the other services on the compacted {@code directory.committees} topic (media-service reads their
 * kinds for MR-1 and MR-2): full state on create and change, a tombstone on removal, and a committee a councillor's
 * role still names is not removed.
 */
@QuarkusTest
class CommitteePublicationTest {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void a_committee_is_published_when_created_changed_and_removed() throws Exception {
        String code = DirectoryApi.committee("SCRUTINY");
        TopicReader kafka = new TopicReader(bootstrapServers);
        ConsumerRecord<String, String> created = kafka.await("directory.committees", r -> code.equals(r.key()), WITHIN);
        assertEquals("liaison.directory.committee.v1", TopicReader.headers(created).get("ce_type"));
        assertTrue(created.value().contains("\"kind\":\"SCRUTINY\""), created.value());

        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Licensing " + code, "kind", "REGULATORY"))
                .when().put("/committees/" + code).then().statusCode(200).body("kind", equalTo("REGULATORY"));
        kafka.await("directory.committees", r -> code.equals(r.key()) && r.value() != null
                && r.value().contains("\"kind\":\"REGULATORY\"") && r.value().contains("Licensing " + code), WITHIN);

        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().delete("/committees/" + code).then().statusCode(204);
        ConsumerRecord<String, String> removed = kafka.await("directory.committees",
                r -> code.equals(r.key()) && r.value() == null, WITHIN);
        assertEquals("liaison.directory.committee-deleted.v1", TopicReader.headers(removed).get("ce_type"));
        assertNull(removed.value());
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().delete("/committees/" + code).then().statusCode(404)
                .contentType("application/problem+json");

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "directory.committees");
            assertEquals("compact", admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
        }
    }

    @Test
    void a_committee_a_councillors_role_names_is_not_removed_and_its_code_cannot_change() {
        String code = DirectoryApi.committee("REGULATORY");
        String ward = DirectoryApi.ward();
        String email = DirectoryApi.email("chair");
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Chair", "email", email, "wardCodes", List.of(ward),
                        "roles", List.of(Map.of("role", "COMMITTEE_CHAIR", "committeeCode", code, "from", "2026-05-07"))))
                .when().post("/councillors").then().statusCode(201);
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().delete("/committees/" + code).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("roles"));
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", "OTHER" + code.substring(1), "name", "Renamed", "kind", "OTHER"))
                .when().put("/committees/" + code).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("code"));
    }
}
