package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;

@QuarkusTest
class WardPublicationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");

    @Tag("DIR-6")
    @Test
    void DIR_6_a_created_ward_is_published_as_a_cloud_event_on_the_compacted_directory_wards_topic() throws Exception {
        String code = uniqueCode();
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Riverside North"))
                .when().post("/wards")
                .then().statusCode(201)
                .header("Location", containsString("/wards/" + code))
                .body("code", equalTo(code));

        ConsumerRecord<String, String> record = new TopicReader(bootstrapServers)
                .await("directory.wards", r -> code.equals(r.key()), Duration.ofSeconds(20));
        Map<String, String> headers = TopicReader.headers(record);
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals("liaison.directory.ward.v1", headers.get("ce_type"));
        assertEquals("/liaison/directory-service", headers.get("ce_source"));
        assertEquals("application/json", headers.get("content-type"));
        UUID.fromString(headers.get("ce_id"));
        assertTrue(record.value().contains("\"name\":\"Riverside North\""), record.value());

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "directory.wards");
            String policy = admin.describeConfigs(List.of(topic)).all().get().get(topic)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
            assertEquals("compact", policy);
        }
    }

    @Tag("DIR-2")
    @Test
    void DIR_2_a_councillor_without_a_ward_is_refused_with_the_rule_id_and_nothing_is_stored() {
        String email = "no.ward." + UUID.randomUUID() + "@example.gov.uk";
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr No Ward", "email", email, "wardCodes", List.of()))
                .when().post("/councillors")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("ruleId", equalTo("DIR-2"))
                .body("detail", containsString("at least one ward"));

        // the same person can then be registered properly: nothing half-written blocks the email
        String code = createWard("Hillside");
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr No Ward", "email", email, "wardCodes", List.of(code)))
                .when().post("/councillors")
                .then().statusCode(201);
    }

    @Tag("DIR-2")
    @Test
    void DIR_2_a_ward_may_have_several_councillors() {
        String code = createWard("Market");
        for (String name : List.of("Cllr Ada Price", "Cllr Ben Okafor", "Cllr Cara Singh")) {
            given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                    .body(Map.of("displayName", name, "email", UUID.randomUUID() + "@example.gov.uk", "wardCodes", List.of(code)))
                    .when().post("/councillors").then().statusCode(201);
        }
        given().auth().oauth2(DevTokens.mint("cllr-x", "councillor"))
                .when().get("/wards/" + code + "/councillors")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.displayName", hasItem("Cllr Ben Okafor"));
    }

    @Test
    void a_councillor_in_an_unknown_ward_is_refused_naming_the_field() {
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Lost", "email", UUID.randomUUID() + "@example.gov.uk",
                        "wardCodes", List.of("NOWHERE1")))
                .when().post("/councillors")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("wardCodes[0]"));
    }

    @Test
    void writing_needs_members_services_or_admin_and_reading_needs_a_token() {
        given().auth().oauth2(DevTokens.mint("cllr-1", "councillor")).contentType(ContentType.JSON)
                .body(Map.of("code", uniqueCode(), "name", "Nope"))
                .when().post("/wards").then().statusCode(403);
        given().when().get("/wards").then().statusCode(401);
        given().auth().oauth2("not-a-token").when().get("/wards").then().statusCode(401);
        given().when().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void malformed_or_mistyped_input_is_a_problem_json_400_naming_the_field() {
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body("{\"code\": \"E0501\", \"name\": ")
                .when().post("/wards")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code!", "name", "x".repeat(201)))
                .when().post("/wards")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("code"))
                .body("errors.field", hasItem("name"));
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body("{\"displayName\": \"A\", \"email\": \"a@example.gov.uk\", \"wardCodes\": \"E05000001\"}")
                .when().post("/councillors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("wardCodes"));
    }

    private static String createWard(String name) {
        String code = uniqueCode();
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name))
                .when().post("/wards").then().statusCode(201);
        return code;
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }
}
