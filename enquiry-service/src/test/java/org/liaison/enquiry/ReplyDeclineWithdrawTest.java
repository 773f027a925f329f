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
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.TopicReader;

/** ENQ-10, ENQ-11 and withdrawal over HTTP, on real PostgreSQL and Kafka. */
@QuarkusTest
class ReplyDeclineWithdrawTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    /** {@code otherMember} shares the enquiry's ward; {@code elsewhere} is a councillor of another ward. */
    record Raised(String id, String councillor, String officer, String otherMember, String elsewhere) {
    }

    private Raised raise(String category, Map<String, Object> extra) {
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        String ward = directory.wardCode();
        String councillor = directory.councillor("Cllr Isla Brown", null, List.of(), ward);
        String other = directory.councillor("Cllr Jack Hughes", null, List.of(), ward);
        String elsewhere = directory.councillor("Cllr Kay Elsewhere", null, List.of(), directory.wardCode());
        Map<String, Object> body = new HashMap<>(Map.of("subject", "Park opening hours", "body", "When does the park close?",
                "serviceAreaCode", area, "category", category, "wardCode", ward));
        body.putAll(extra);
        String id = given().auth().oauth2(DevTokens.mint(councillor, "councillor"))
                .contentType(ContentType.JSON).body(body).when().post("/enquiries").then().statusCode(201).extract().path("id");
        return new Raised(id, councillor, key, other, elsewhere);
    }

    private io.restassured.response.Response consent(Raised enquiry, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.mint(enquiry.councillor(), "councillor")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries/" + enquiry.id() + "/copy-consent");
    }

    private io.restassured.response.Response reply(Raised enquiry, Map<String, Object> body) {
        return given().auth().oauth2(DevTokens.mint(enquiry.officer(), "officer")).contentType(ContentType.JSON).body(body)
                .when().post("/enquiries/" + enquiry.id() + "/reply");
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_a_blind_copy_is_refused_and_an_open_copy_is_disclosed_to_the_original_member() throws Exception {
        Raised enquiry = raise("WARD_ISSUE", Map.of());
        reply(enquiry, Map.of("body", "The park closes at dusk.", "bcc", List.of(enquiry.otherMember())))
                .then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("ENQ-10"));
        reply(enquiry, Map.of("body", "The park closes at dusk.", "copyTo", List.of(enquiry.otherMember())))
                .then().statusCode(200).body("status", equalTo("ANSWERED"));
        ConsumerRecord<String, String> event = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> enquiry.id().equals(r.key()) && TopicReader.header(r, "ce_type").orElse("").equals("liaison.enquiry.answered.v1"),
                Duration.ofSeconds(20));
        assertTrue(event.value().contains("\"copiedTo\":[{\"id\":\"" + enquiry.otherMember() + "\""), event.value());
        // the reply itself travels sealed for the hub alone
        org.junit.jupiter.api.Assertions.assertFalse(event.value().contains("closes at dusk"), event.value());
        String sealed = json.readTree(event.value()).get("sealedBody").asText();
        org.junit.jupiter.api.Assertions.assertEquals("The park closes at dusk.",
                org.liaison.embedded.quarkus.CaseworkSealTestResource.opener().open(sealed, enquiry.id()));
    }

    /** ENQ-10: the reply shows openly whom it was copied to; confidential casework's reply stays with its handlers. */
    @Tag("ENQ-10")
    @Test
    void ENQ_10_the_enquiry_shows_its_reply_and_whom_it_was_copied_to_and_a_confidential_reply_only_to_its_handlers() {
        Raised enquiry = raise("WARD_ISSUE", Map.of());
        reply(enquiry, Map.of("body", "The park closes at dusk.", "copyTo", List.of(enquiry.otherMember())))
                .then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(enquiry.councillor(), "councillor")).when().get("/enquiries/" + enquiry.id())
                .then().statusCode(200).body("reply.body", equalTo("The park closes at dusk."))
                .body("reply.copiedTo", equalTo(List.of(enquiry.otherMember()))).body("reply.answeredAt", org.hamcrest.Matchers.notNullValue());

        Raised casework = raise("CASEWORK", Map.of("constituentConfidential", true));
        reply(casework, Map.of("body", "Mrs X's repair is booked for Tuesday.")).then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(casework.councillor(), "councillor")).when().get("/enquiries/" + casework.id())
                .then().statusCode(200).body("reply.body", equalTo("Mrs X's repair is booked for Tuesday."))
                .body("reply.copiedTo", equalTo(List.of()));
        given().auth().oauth2(DevTokens.mint("ms-1", "members-services")).when().get("/enquiries/" + casework.id())
                .then().statusCode(200).body("reply.answeredAt", org.hamcrest.Matchers.notNullValue())
                .body("reply.body", org.hamcrest.Matchers.nullValue()).body("body", org.hamcrest.Matchers.nullValue());
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_casework_is_copied_only_where_the_councillor_consented_themselves_and_never_when_do_not_copy_is_set() {
        Raised casework = raise("CASEWORK", Map.of());
        reply(casework, Map.of("body", "Done.", "copyTo", List.of(casework.otherMember())))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10")).body("detail", org.hamcrest.Matchers.containsString("consent"))
                .body("errors[0].field", equalTo("copyTo[0]"));
        reply(casework, Map.of("body", "Done.", "copyTo", List.of(casework.otherMember()), "originalMemberConsented", true))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10"))
                .body("errors[0].field", equalTo("originalMemberConsented")); // the officer cannot assert it
        given().auth().oauth2(DevTokens.mint(casework.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("anyCouncillor", true)).when().post("/enquiries/" + casework.id() + "/copy-consent")
                .then().statusCode(403); // nor record it for the councillor
        given().auth().oauth2(DevTokens.mint(casework.officer(), "officer")).when().get("/enquiries/" + casework.id() + "/copy-consent")
                .then().statusCode(200).body("recordedAt", org.hamcrest.Matchers.nullValue());

        consent(casework, Map.of("councillorIds", List.of(casework.otherMember(), "no-such-councillor")))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10")).body("errors[0].field", equalTo("councillorIds[1]"));
        consent(casework, Map.of("councillorIds", List.of(casework.otherMember())))
                .then().statusCode(200).body("councillorIds", equalTo(List.of(casework.otherMember())))
                .body("anyCouncillor", equalTo(false)).body("recordedAt", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(DevTokens.mint(casework.officer(), "officer")).when().get("/enquiries/" + casework.id() + "/copy-consent")
                .then().statusCode(200).body("councillorIds", equalTo(List.of(casework.otherMember())));
        reply(casework, Map.of("body", "Done.", "copyTo", List.of(casework.otherMember(), casework.elsewhere())))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10")).body("errors[0].field", equalTo("copyTo[1]"));
        reply(casework, Map.of("body", "Done.", "copyTo", List.of(casework.otherMember()))).then().statusCode(200);
        consent(casework, Map.of("anyCouncillor", true)).then().statusCode(409); // answered: nothing left to consent to

        Raised wardIssue = raise("WARD_ISSUE", Map.of());
        consent(wardIssue, Map.of("anyCouncillor", true)).then().statusCode(422).body("ruleId", equalTo("ENQ-10"));

        Raised private_ = raise("WARD_ISSUE", Map.of("doNotCopy", true));
        reply(private_, Map.of("body", "Done.", "copyTo", List.of(private_.otherMember())))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10"));
        reply(private_, Map.of("body", "Done.")).then().statusCode(200);
    }

    /** ENQ-10 on liaison-default (MAY_GO_TO_THE_WARD_COUNCILLORS): a ward issue's reply goes to its ward's councillors only. */
    @Tag("ENQ-10")
    @Test
    void ENQ_10_a_ward_issue_is_copied_to_its_wards_councillors_only() {
        Raised enquiry = raise("WARD_ISSUE", Map.of());
        reply(enquiry, Map.of("body", "The park closes at dusk.", "copyTo", List.of(enquiry.otherMember(), enquiry.elsewhere())))
                .then().statusCode(422).body("ruleId", equalTo("ENQ-10")).body("errors[0].field", equalTo("copyTo[1]"));
        reply(enquiry, Map.of("body", "The park closes at dusk.", "copyTo", List.of(enquiry.otherMember())))
                .then().statusCode(200);
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

    @Tag("ENQ-11")
    @Test
    void ENQ_11_a_disputed_decline_goes_to_the_chief_executive_who_may_overturn_it_and_the_request_is_answered()
            throws Exception {
        directory.officer("Dana Chief", "CHIEF_EXECUTIVE", null);
        Raised information = raise("INFORMATION", Map.of());
        String officer = DevTokens.mint(information.officer(), "officer");
        String councillor = DevTokens.mint(information.councillor(), "councillor");
        Map<String, String> grounds = Map.of("grounds", "Only last year's total is needed, which is published anyway.");
        given().auth().oauth2(councillor).contentType(ContentType.JSON).body(grounds)
                .when().post("/enquiries/" + information.id() + "/dispute")
                .then().statusCode(409).body("ruleId", equalTo("ENQ-11")); // nothing declined yet
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("reason", "UNREASONABLE_RESOURCES", "explanation", "Ten years of invoices."))
                .when().post("/enquiries/" + information.id() + "/decline").then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(information.otherMember(), "councillor")).contentType(ContentType.JSON).body(grounds)
                .when().post("/enquiries/" + information.id() + "/dispute").then().statusCode(403);
        given().auth().oauth2(councillor).contentType(ContentType.JSON).body(grounds)
                .when().post("/enquiries/" + information.id() + "/dispute")
                .then().statusCode(200).body("status", equalTo("DECLINE_DISPUTED"));
        given().auth().oauth2(councillor).contentType(ContentType.JSON).body(grounds)
                .when().post("/enquiries/" + information.id() + "/dispute")
                .then().statusCode(409).body("ruleId", equalTo("ENQ-11")); // a decline is disputed once

        ConsumerRecord<String, String> disputed = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> r.key().equals(information.id()) && TopicReader.header(r, "ce_type").orElse("")
                        .equals("liaison.enquiry.decline-disputed.v1"), Duration.ofSeconds(30));
        assertTrue(disputed.value().contains("Only last year's total is needed"), disputed.value());
        String chiefExecutive = json.readTree(disputed.value()).get("chiefExecutiveId").asText();

        Map<String, String> overturn = Map.of("outcome", "OVERTURNED", "explanation", "Last year's total is easily found.");
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(overturn)
                .when().post("/enquiries/" + information.id() + "/dispute-decision").then().statusCode(403);
        given().auth().oauth2(DevTokens.mint(chiefExecutive, "officer")).contentType(ContentType.JSON).body(overturn)
                .when().post("/enquiries/" + information.id() + "/dispute-decision")
                .then().statusCode(200).body("status", equalTo("ASSIGNED"));
        given().auth().oauth2(councillor).when().get("/enquiries/" + information.id()).then().statusCode(200)
                .body("assignedOfficerId", equalTo(information.officer()))
                .body("decline.disputeOutcome", equalTo("OVERTURNED"))
                .body("decline.disputeGrounds", equalTo(grounds.get("grounds")));
        ConsumerRecord<String, String> decided = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> r.key().equals(information.id()) && TopicReader.header(r, "ce_type").orElse("")
                        .equals("liaison.enquiry.dispute-decided.v1"), Duration.ofSeconds(30));
        assertTrue(decided.value().contains("\"outcome\":\"OVERTURNED\""), decided.value());
        reply(information, Map.of("body", "Last year the council spent 1.2 million pounds on consultants.")).then().statusCode(200);
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_an_upheld_decline_stays_declined_and_cannot_be_decided_twice() {
        String chiefExecutive = directory.officer("Dana Chief", "CHIEF_EXECUTIVE", null);
        Raised information = raise("INFORMATION", Map.of());
        given().auth().oauth2(DevTokens.mint(information.officer(), "officer")).contentType(ContentType.JSON)
                .body(Map.of("reason", "LEGAL", "explanation", "Personal data of named staff."))
                .when().post("/enquiries/" + information.id() + "/decline").then().statusCode(200);
        given().auth().oauth2(DevTokens.mint(information.councillor(), "councillor"))
                .contentType(ContentType.JSON).body(Map.of("grounds", "I need it for a scrutiny review."))
                .when().post("/enquiries/" + information.id() + "/dispute").then().statusCode(200);
        String ce = DevTokens.mint(chiefExecutive, "officer");
        Map<String, String> uphold = Map.of("outcome", "UPHELD", "explanation", "Named staff's pay is personal data.");
        given().auth().oauth2(ce).contentType(ContentType.JSON).body(uphold)
                .when().post("/enquiries/" + information.id() + "/dispute-decision").then().statusCode(200)
                .body("status", equalTo("DECLINED"));
        given().auth().oauth2(ce).contentType(ContentType.JSON).body(uphold)
                .when().post("/enquiries/" + information.id() + "/dispute-decision")
                .then().statusCode(409).body("ruleId", equalTo("ENQ-11"));
        reply(information, Map.of("body", "Too late.")).then().statusCode(409);
    }

    @Test
    void a_councillor_withdraws_their_own_enquiry_and_it_can_no_longer_be_answered() {
        Raised enquiry = raise("POLICY", Map.of());
        given().auth().oauth2(DevTokens.mint("someone-else", "councillor")).when().post("/enquiries/" + enquiry.id() + "/withdraw")
                .then().statusCode(403);
        given().auth().oauth2(DevTokens.mint(enquiry.councillor(), "councillor")).when().post("/enquiries/" + enquiry.id() + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        reply(enquiry, Map.of("body", "Too late.")).then().statusCode(409).contentType("application/problem+json");
    }
}
