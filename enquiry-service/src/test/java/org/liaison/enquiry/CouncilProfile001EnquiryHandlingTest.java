package org.liaison.enquiry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.TopicReader;
import org.liaison.events.directory.OfficerRecord;

/**
 * enquiry-service on seed 001's profile: a matter of general interest may go to the area's councillors unless the
 * member opts out (§41; with no ward, any councillor), and a disputed request is determined by the Standards Committee
 * after the monitoring officer is consulted (§31): the monitoring officer records the committee's decision, and the
 * decline and the decision each say that the monitoring officer was consulted. On liaison-default a copy of an enquiry
 * without a ward is refused and the chief executive decides (ReplyDeclineWithdrawTest).
 */
@QuarkusTest
@TestProfile(CouncilProfile001EnquiryHandlingTest.Seed001.class)
class CouncilProfile001EnquiryHandlingTest {

    public static class Seed001 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "001");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    record Raised(String id, String councillor, String key, String anyOtherCouncillor) {
    }

    private Raised raise(String category, String ward) {
        String director = directory.officer("Dot Director", "DIRECTOR", null);
        String head = directory.officer("Hap Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kit Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String councillor = ward == null ? directory.councillor("Cllr Una Bell", null, List.of(), directory.wardCode())
                : directory.councillor("Cllr Una Bell", null, List.of(), ward);
        String other = directory.councillor("Cllr Vic Moss", null, List.of(), directory.wardCode());
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Street lighting policy", "body",
                "How are lights chosen for replacement?", "serviceAreaCode", area, "category", category));
        if (ward != null) {
            body.put("wardCode", ward);
        }
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries").then().statusCode(201).extract().path("id");
        return new Raised(id, councillor, key, other);
    }

    private static Response as(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }

    private String monitoringOfficer() {
        String id = UUID.randomUUID().toString();
        directory.publish(new OfficerRecord(id, "Mo Monitoring", id.substring(0, 8) + "@council.example",
                "Monitoring Officer", "DIRECTOR", List.of("MONITORING_OFFICER"), List.of(), null, false,
                DirectoryFixture.OFFICE_HOURS, List.of(), "ACTIVE"));
        return id;
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_a_general_matter_goes_to_any_councillor_and_a_ward_matter_to_the_wards_councillors() {
        Raised general = raise("POLICY", null);
        as(DevTokens.mint(general.key(), "officer"), "/enquiries/" + general.id() + "/reply", Map.of("body",
                "Lights are replaced by age.", "copyTo", List.of(general.anyOtherCouncillor()))).then().statusCode(200);

        String ward = directory.wardCode();
        Raised local = raise("WARD_ISSUE", ward);
        as(DevTokens.mint(local.key(), "officer"), "/enquiries/" + local.id() + "/reply", Map.of("body", "Fixed.", "copyTo",
                List.of(local.anyOtherCouncillor()))).then().statusCode(422).body("ruleId", equalTo("ENQ-10"))
                .body("errors[0].field", equalTo("copyTo[0]"));
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_the_monitoring_officer_is_consulted_and_records_the_standards_committees_decision() throws Exception {
        String monitoringOfficer = monitoringOfficer();
        directory.officer("Cy Chief", "CHIEF_EXECUTIVE", null);
        Raised request = raise("INFORMATION", null);
        String officer = DevTokens.mint(request.key(), "officer");
        String decline = "/enquiries/" + request.id() + "/decline";
        as(officer, decline, Map.of("reason", "PRIVATE_PURPOSE", "explanation", "Curiosity is not need to know."))
                .then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("ENQ-11"))
                .body("errors.field", equalTo(List.of("consulted", "consultation")));
        as(officer, decline, Map.of("reason", "PRIVATE_PURPOSE", "explanation", "Curiosity is not need to know.",
                "consulted", List.of("MONITORING_OFFICER"), "consultation", "The monitoring officer agrees: no need to know."))
                .then().statusCode(200);
        as(DevTokens.mint(request.councillor(), "councillor"), "/enquiries/" + request.id() + "/dispute",
                Map.of("grounds", "I sit on the lighting panel.")).then().statusCode(200);

        ConsumerRecord<String, String> declined = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> r.key().equals(request.id()) && TopicReader.header(r, "ce_type").orElse("")
                        .equals("liaison.enquiry.declined.v1"), Duration.ofSeconds(30));
        assertEquals("the Standards Committee", json.readTree(declined.value()).get("disputeDecider").asText(),
                "the councillor's email says who decides a dispute");
        ConsumerRecord<String, String> disputed = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> r.key().equals(request.id()) && TopicReader.header(r, "ce_type").orElse("")
                        .equals("liaison.enquiry.decline-disputed.v1"), Duration.ofSeconds(30));
        JsonNode sentTo = json.readTree(disputed.value());
        assertEquals("Mo Monitoring", sentTo.get("chiefExecutiveName").asText(), "it goes to the monitoring officer");
        assertEquals("the Standards Committee", sentTo.get("decider").asText(), "who decides, for the emails");

        String decision = "/enquiries/" + request.id() + "/dispute-decision";
        Map<String, Object> upheld = Map.of("outcome", "UPHELD", "explanation", "The committee found no need to know.",
                "consulted", List.of("MONITORING_OFFICER"), "consultation", "Advised the committee that §31 applies.");
        as(DevTokens.mint("ce-caller", "chief-executive"), decision, upheld).then().statusCode(403);
        as(DevTokens.mint(monitoringOfficer, "officer"), decision, Map.of("outcome", "UPHELD", "explanation",
                "The committee found no need to know.")).then().statusCode(422).body("ruleId", equalTo("ENQ-11"));
        as(DevTokens.mint(monitoringOfficer, "officer"), decision, upheld).then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        given().auth().oauth2(DevTokens.mint(request.councillor(), "councillor")).when().get("/enquiries/" + request.id())
                .then().statusCode(200).body("decline.disputeDecider", equalTo("STANDARDS_COMMITTEE"))
                .body("decline.consulted", equalTo(List.of("MONITORING_OFFICER")))
                .body("decline.disputeConsultation", equalTo("Advised the committee that §31 applies."));
        ConsumerRecord<String, String> decided = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> r.key().equals(request.id()) && TopicReader.header(r, "ce_type").orElse("")
                        .equals("liaison.enquiry.dispute-decided.v1"), Duration.ofSeconds(30));
        assertEquals("The Standards Committee (recorded by Mo Monitoring, monitoring officer)",
                json.readTree(decided.value()).get("decidedByName").asText());
        assertEquals("the Standards Committee", json.readTree(decided.value()).get("decider").asText());
    }
}
