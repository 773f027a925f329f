package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.TopicReader;

/** ENQ-10, ENQ-11 and withdrawal over HTTP, on real PostgreSQL and Kafka. */
@QuarkusTest
class ReplyDeclineWithdrawTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    record Raised(String id, String councillor, String officer, String otherMember) {
    }

    private Raised raise(String category, Map<String, Object> extra) {
        DirectoryFeed directory = new DirectoryFeed(bootstrapServers, json);
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = directory.councillor("Cllr Isla Brown");
        String other = directory.councillor("Cllr Jack Hughes");
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Park opening hours", "body", "When does the park close?",
                "serviceAreaCode", area, "category", category));
        body.putAll(extra);
        String id = DirectoryFeed.awaitAccepted(() -> given().auth().oauth2(DevTokens.mint(councillor, "councillor"))
                .contentType(ContentType.JSON).body(body).when().post("/enquiries")).then().statusCode(201).extract().path("id");
        // the other member must be in the replica before a reply can be copied to them
        DirectoryFeed.awaitAccepted(() -> given().auth().oauth2(DevTokens.mint(other, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("subject", "x", "body", "y", "serviceAreaCode", area, "category", "POLICY"))
                .when().post("/enquiries")).then().statusCode(201);
        return new Raised(id, councillor, key, other);
    }

    private io.restassured.response.Response reply(Raised enquiry, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries/" + enquiry.id() + "/reply");
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_a_blind_copy_is_refused_and_an_open_copy_is_disclosed_to_the_original_member() {
        Raised enquiry = raise("WARD_ISSUE", Map.of());
        reply(enquiry, Map.of("body", "The park closes at dusk.", "bcc", List.of(enquiry.otherMember())))
                .then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("ENQ-10"));
        reply(enquiry, Map.of("body", "The park closes at dusk.", "copyTo", List.of(enquiry.otherMember())))
                .then().statusCode(200).body("status", equalTo("ANSWERED"));
        ConsumerRecord<String, String> event = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> enquiry.id().equals(r.key()) && TopicReader.header(r, "ce_type").orElse("").equals("liaison.enquiry.answered.v1"),
                Duration.ofSeconds(20));
        assertTrue(event.value().contains("\"copiedTo\":[{\"id\":\"" + enquiry.otherMember() + "\""), event.value());
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_casework_is_copied_only_with_consent_and_never_when_do_not_copy_is_set() {
        Raised casework = raise("CASEWORK", Map.of());
        reply(casework, Map.of("body", "Done.", "copyTo", List.of(casework.otherMember())))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10")).body("detail", org.hamcrest.Matchers.containsString("consent"));
        reply(casework, Map.of("body", "Done.", "copyTo", List.of(casework.otherMember()), "originalMemberConsented", true))
                .then().statusCode(200);

        Raised private_ = raise("WARD_ISSUE", Map.of("doNotCopy", true));
        reply(private_, Map.of("body", "Done.", "copyTo", List.of(private_.otherMember()), "originalMemberConsented", true))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10"));
        reply(private_, Map.of("body", "Done.")).then().statusCode(200);
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_only_information_requests_are_declined_and_only_for_the_protocols_reasons() {
        Raised wardIssue = raise("WARD_ISSUE", Map.of());
        given().auth().oauth2(DevTokens.mint(wardIssue.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "UNREASONABLE_RESOURCES", "explanation", "Too much work"))
                .when().post("/enquiries/" + wardIssue.id() + "/decline")
                .then().statusCode(422).body("ruleId", equalTo("ENQ-11"));

        Raised information = raise("INFORMATION", Map.of());
        given().auth().oauth2(DevTokens.mint(information.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "BECAUSE", "explanation", "No"))
                .when().post("/enquiries/" + information.id() + "/decline")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(DevTokens.mint(information.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "PRIVATE_PURPOSE", "explanation", "The request concerns the councillor's own business."))
                .when().post("/enquiries/" + information.id() + "/decline")
                .then().statusCode(200).body("status", equalTo("DECLINED"));
    }

    @Test
    void a_councillor_withdraws_their_own_enquiry_and_it_can_no_longer_be_answered() {
        Raised enquiry = raise("POLICY", Map.of());
        given().auth().oauth2(DevTokens.mint("someone-else", "councillor")).when().post("/enquiries/" + enquiry.id() + "/withdraw")
                .then().statusCode(404);
        given().auth().oauth2(DevTokens.mint(enquiry.councillor(), "councillor")).when().post("/enquiries/" + enquiry.id() + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        reply(enquiry, Map.of("body", "Too late.")).then().statusCode(409).contentType("application/problem+json");
    }
}
