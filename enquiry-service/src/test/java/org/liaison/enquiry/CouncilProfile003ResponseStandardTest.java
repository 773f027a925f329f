package org.liaison.enquiry;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * enquiry-service on seed 003's profile: officers "should meet corporate standards for responses ... If an immediate
 * reply is not possible, correspondence should be acknowledged and the member kept informed about progress" (B §5.1,
 * enquiries.response.standard CORPORATE_STANDARDS). A late reply explains itself unless a holding reply kept the
 * councillor informed; on 002 even then (CouncilProfile002ResponseStandardTest).
 */
@QuarkusTest
@TestProfile(CouncilProfile003EnquiryHandlingTest.Seed003.class)
class CouncilProfile003ResponseStandardTest extends LateReplyCases {

    @Tag("ENQ-1")
    @Test
    void ENQ_1_a_late_reply_without_a_holding_reply_explains_why_it_is_late() {
        Raised enquiry = raise();
        pastDue(enquiry.dueAt());
        reply(enquiry, null).then().statusCode(422).contentType("application/problem+json").body("ruleId", equalTo("ENQ-1"))
                .body("errors[0].field", equalTo("lateExplanation"))
                .body("detail", org.hamcrest.Matchers.containsString("corporate standard"));
        reply(enquiry, "The team was short-staffed.").then().statusCode(200);
        read(enquiry).then().body("reply.lateExplanation", equalTo("The team was short-staffed."));
    }

    @Tag("ENQ-1")
    @Test
    void ENQ_1_a_councillor_kept_informed_by_a_holding_reply_gets_a_late_reply_without_an_explanation() {
        Raised enquiry = raise();
        pastDue(holdingReply(enquiry));
        reply(enquiry, null).then().statusCode(200).body("status", equalTo("ANSWERED"));
        read(enquiry).then().body("reply.answeredInTime", equalTo(false))
                .body("reply.lateExplanation", org.hamcrest.Matchers.nullValue());
    }
}
