package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;

/** The directory's protocol rules over the HTTP API, on real PostgreSQL and Kafka. */
@QuarkusTest
class DirectoryRulesTest {

    private static final String MS = DirectoryApi.MEMBERS_SERVICES;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    /** The service's clock: the suite's "now" (roles held "today" are held on its date in London). */
    @Inject
    TestClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    @Tag("DIR-1")
    @Test
    void DIR_1_an_officers_email_cannot_be_used_by_a_councillor_whatever_its_case() {
        String email = DirectoryApi.email("shared");
        DirectoryApi.officer(email, "OFFICER");
        String ward = DirectoryApi.ward();
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Two Hats", "email", email.toUpperCase(), "wardCodes", List.of(ward)))
                .when().post("/councillors")
                .then().statusCode(409).contentType("application/problem+json").body("ruleId", equalTo("DIR-1"))
                .body("errors[0].field", equalTo("email"));
        given().auth().oauth2(MS).when().get("/councillors?ward=" + ward).then().statusCode(200).body("total", equalTo(0));
    }

    @Tag("DIR-1")
    @Test
    void DIR_1_a_councillors_email_cannot_be_used_by_an_officer() {
        String email = DirectoryApi.email("member");
        DirectoryApi.councillor(email, DirectoryApi.ward());
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Also Staff", "email", email, "jobTitle", "Clerk", "seniority", "OFFICER"))
                .when().post("/officers")
                .then().statusCode(409).contentType("application/problem+json").body("ruleId", equalTo("DIR-1"));
    }

    @Tag("DIR-3")
    @Test
    void DIR_3_a_service_area_needs_an_active_key_contact_head_of_service_and_director() {
        String keyContact = DirectoryApi.officer(DirectoryApi.email("key"), "OFFICER");
        String notSeniorEnough = DirectoryApi.officer(DirectoryApi.email("junior"), "TEAM_LEADER");
        String code = DirectoryApi.unique("SA");
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Parks", "keyContactOfficerId", keyContact, "headOfServiceId", notSeniorEnough))
                .when().post("/service-areas")
                .then().statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("DIR-3"))
                .body("errors.field", hasItem("headOfServiceId"))
                .body("errors.field", hasItem("directorId"));
        given().auth().oauth2(MS).when().get("/service-areas/" + code).then().statusCode(404);
    }

    @Tag("DIR-3")
    @Test
    void DIR_3_deactivating_a_key_contact_is_refused_naming_the_service_areas_to_reassign() {
        String[] area = DirectoryApi.serviceArea();
        Map<String, Object> officer = given().auth().oauth2(MS).when().get("/officers/" + area[1])
                .then().statusCode(200).extract().as(Map.class);
        officer.put("status", "INACTIVE");
        given().auth().oauth2(MS).contentType(ContentType.JSON).body(officer)
                .when().put("/officers/" + area[1])
                .then().statusCode(409).contentType("application/problem+json")
                .body("ruleId", equalTo("DIR-3"))
                .body("detail", containsString(area[0]));
        given().auth().oauth2(MS).when().get("/officers/" + area[1]).then().body("status", equalTo("ACTIVE"));
    }

    @Tag("DIR-4")
    @Test
    void DIR_4_politically_restricted_posts_can_be_listed() {
        String restricted = DirectoryApi.officer(DirectoryApi.email("restricted"), "HEAD_OF_SERVICE",
                Map.of("politicallyRestricted", true));
        String open = DirectoryApi.officer(DirectoryApi.email("open"), "OFFICER");
        given().auth().oauth2(MS).when().get("/officers?politicallyRestricted=true&size=500")
                .then().statusCode(200)
                .body("items.id", hasItem(restricted))
                .body("items.id", not(hasItem(open)))
                .body("items.politicallyRestricted", everyItem(equalTo(true)));
    }

    @Tag("DIR-5")
    @Test
    void DIR_5_relationship_details_are_for_the_monitoring_officer_and_chief_executive_and_others_see_only_the_pair() {
        String councillor = DirectoryApi.councillor(DirectoryApi.email("related"), DirectoryApi.ward());
        String officer = DirectoryApi.officer(DirectoryApi.email("relative"), "OFFICER");
        String monitoringOfficer = DevTokens.mint("mo-1", "monitoring-officer");
        String id = given().auth().oauth2(monitoringOfficer).contentType(ContentType.JSON)
                .body(Map.of("councillorId", councillor, "officerId", officer, "kind", "FAMILY",
                        "declaredOn", today().minusMonths(3).toString(), "declaredTo", "Monitoring Officer", "notes", "Siblings"))
                .when().post("/relationships").then().statusCode(201).extract().path("id");

        given().auth().oauth2(DevTokens.mint("ce-1", "chief-executive")).when().get("/relationships?size=500")
                .then().statusCode(200).body("items.notes", hasItem("Siblings"));
        for (String role : List.of("members-services", "admin", "comms")) {
            given().auth().oauth2(DevTokens.mint("x", role)).when().get("/relationships").then().statusCode(403);
        }
        for (String token : List.of(DevTokens.mint(UUID.randomUUID().toString(), "councillor"),
                DevTokens.mint(UUID.randomUUID().toString(), "officer"), DevTokens.mint(councillor, "councillor"),
                DevTokens.mint(officer, "officer"))) {
            given().auth().oauth2(token).when().get("/relationships?size=500").then().statusCode(200)
                    .body("items.notes", not(hasItem("Siblings"))).body("items.id", not(hasItem(id)));
        }
        ConsumerRecord<String, String> conflict = new TopicReader(bootstrapServers)
                .await("directory.conflicts", r -> id.equals(r.key()), Duration.ofSeconds(20));
        assertEquals("{\"id\":\"" + id + "\",\"councillorId\":\"" + councillor + "\",\"officerId\":\"" + officer + "\"}",
                conflict.value());
        assertFalse(conflict.value().contains("FAMILY") || conflict.value().contains("Siblings"));
    }

    @Test
    void personal_phone_numbers_are_shown_only_to_members_services_admins_and_the_person() {
        String email = DirectoryApi.email("phone");
        String id = given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Phone", "email", email, "phone", "07700 900123",
                        "wardCodes", List.of(DirectoryApi.ward())))
                .when().post("/councillors").then().statusCode(201).extract().path("id");
        given().auth().oauth2(MS).when().get("/councillors/" + id).then().body("phone", equalTo("07700 900123"));
        given().auth().oauth2(DevTokens.mint(id, "councillor")).when().get("/councillors/" + id)
                .then().body("phone", equalTo("07700 900123"));
        given().auth().oauth2(DevTokens.mint("someone-else", "councillor")).when().get("/councillors/" + id)
                .then().statusCode(200).body("phone", nullValue());
    }

    @Test
    void councillors_are_filtered_by_a_role_held_today_and_paged_with_a_total() {
        String ward = DirectoryApi.ward();
        // the leadership changed hands a year before the suite's today
        LocalDate handover = today().minusYears(1);
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Leader", "email", DirectoryApi.email("leader"), "wardCodes", List.of(ward),
                        "roles", List.of(Map.of("role", "LEADER", "from", handover.toString()))))
                .when().post("/councillors").then().statusCode(201);
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Former Leader", "email", DirectoryApi.email("former"), "wardCodes", List.of(ward),
                        "roles", List.of(Map.of("role", "LEADER", "from", handover.minusYears(4).toString(),
                                "to", handover.minusDays(1).toString()))))
                .when().post("/councillors").then().statusCode(201);
        given().auth().oauth2(MS).when().get("/councillors?ward=" + ward + "&role=LEADER")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].displayName", equalTo("Cllr Leader"));
        given().auth().oauth2(MS).when().get("/councillors?ward=" + ward + "&size=1&page=1")
                .then().statusCode(200).body("total", equalTo(2)).body("items.size()", equalTo(1))
                .body("items[0].displayName", equalTo("Cllr Leader"));
        given().auth().oauth2(MS).when().get("/councillors?size=0").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
    }

    @Test
    void bad_role_dates_unknown_enums_and_oversized_fields_are_400s_naming_the_field_and_nothing_is_stored() {
        String ward = DirectoryApi.ward();
        String email = DirectoryApi.email("bad");
        String from = today().toString();
        String toBeforeFrom = today().minusYears(1).toString();
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Bad Dates", "email", email, "wardCodes", List.of(ward),
                        "roles", List.of(Map.of("role", "MAYOR", "from", from, "to", toBeforeFrom))))
                .when().post("/councillors")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("roles[0].to"));
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Bad Role", "email", email, "wardCodes", List.of(ward),
                        "roles", List.of(Map.of("role", "EMPEROR", "from", from))))
                .when().post("/councillors")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("roles[0].role"));
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "x".repeat(201), "email", email, "jobTitle", "Clerk", "seniority", "OFFICER"))
                .when().post("/officers")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("displayName"));
        given().auth().oauth2(MS).when().get("/councillors?ward=" + ward).then().body("total", equalTo(0));
    }

    @Test
    void a_duplicate_email_is_a_409_naming_the_field() {
        String email = DirectoryApi.email("twice");
        DirectoryApi.councillor(email, DirectoryApi.ward());
        given().auth().oauth2(MS).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr Again", "email", email, "wardCodes", List.of(DirectoryApi.ward())))
                .when().post("/councillors")
                .then().statusCode(409).contentType("application/problem+json").body("errors[0].field", equalTo("email"));
    }

    @Test
    void a_deleted_councillor_leaves_a_tombstone_on_the_compacted_topic() {
        String id = DirectoryApi.councillor(DirectoryApi.email("leaving"), DirectoryApi.ward());
        given().auth().oauth2(MS).when().delete("/councillors/" + id).then().statusCode(204);
        given().auth().oauth2(MS).when().get("/councillors/" + id).then().statusCode(404);
        ConsumerRecord<String, String> tombstone = new TopicReader(bootstrapServers)
                .await("directory.councillors", r -> id.equals(r.key()) && r.value() == null, Duration.ofSeconds(20));
        assertTrue(TopicReader.header(tombstone, "ce_type").orElseThrow().endsWith("councillor-deleted.v1"));
    }
}
