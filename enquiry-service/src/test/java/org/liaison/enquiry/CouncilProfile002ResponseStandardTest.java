package org.liaison.enquiry;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.TopicReader;

/**
 * enquiry-service on seed 002's profile: "prompt responses to enquiries ... and where this is not possible an
 * explanation should be provided" (§3.1(e), enquiries.response.standard PROMPT_WITH_EXPLANATION). A reply after its due
 * date, even one a holding reply moved, is refused without an explanation; with one it is stored, shown and emailed.
 * On liaison-default (WORKING_DAYS) a late reply needs none (HoldingReplyTest); on 003 a holding reply is enough
 * (CouncilProfile003ResponseStandardTest).
 */
@QuarkusTest
@TestProfile(CouncilProfile002ResponseStandardTest.Seed002.class)
class CouncilProfile002ResponseStandardTest extends LateReplyCases {

    public static class Seed002 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "002");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Tag("ENQ-1")
    @Test
    void ENQ_1_a_late_reply_is_refused_without_an_explanation_and_with_one_the_councillor_reads_why() {
        Raised enquiry = raise();
        reply(enquiry, null).then().statusCode(200).body("status", equalTo("ANSWERED")); // in time: nothing to explain
        read(enquiry).then().body("reply.answeredInTime", equalTo(true))
                .body("reply.lateExplanation", org.hamcrest.Matchers.nullValue());

        Raised late = raise();
        pastDue(late.dueAt());
        reply(late, null).then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("ENQ-1"))
                .body("errors[0].field", equalTo("lateExplanation")).body("detail", containsString("late"));
        reply(late, "   ").then().statusCode(422).body("ruleId", equalTo("ENQ-1"));
        read(late).then().body("status", equalTo("ASSIGNED")); // nothing of the refused reply was stored
        reply(late, "  We waited for the drainage contractor's survey.  ").then().statusCode(200)
                .body("status", equalTo("ANSWERED"));
        read(late).then().body("reply.answeredInTime", equalTo(false))
                .body("reply.lateExplanation", equalTo("We waited for the drainage contractor's survey."));
        ConsumerRecord<String, String> event = new TopicReader(bootstrapServers).await("enquiry.events",
                r -> late.id().equals(r.key()) && TopicReader.header(r, "ce_type").orElse("").equals("liaison.enquiry.answered.v1"),
                Duration.ofSeconds(20));
        assertTrue(event.value().contains("\"lateExplanation\":\"We waited for the drainage contractor's survey.\""),
                event.value());
        assertTrue(event.value().contains("\"answeredInTime\":false"), event.value());
    }

    @Tag("ENQ-1")
    @Test
    void ENQ_1_a_holding_reply_does_not_excuse_a_reply_late_against_its_new_date() {
        Raised enquiry = raise();
        var newDue = holdingReply(enquiry);
        pastDue(newDue);
        reply(enquiry, null).then().statusCode(422).body("ruleId", equalTo("ENQ-1"));
        reply(enquiry, "The survey found a collapsed pipe.").then().statusCode(200);
    }
}
