package org.liaison.enquiry.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.enquiry.handling.LateReply.Standard;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** ENQ-1 (P1): what a reply after its due date must carry under each way a protocol states its response time. */
@Tag("ENQ-1")
class LateReplyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant DUE = Instant.parse("2027-03-08T17:00:00Z"); // Monday 8 March 2027, 17:00
    private static final Instant IN_TIME = Instant.parse("2027-03-08T16:59:59Z");
    private static final Instant LATE = Instant.parse("2027-03-09T10:00:00Z");

    @Test
    void ENQ_1_a_reply_by_the_due_time_needs_no_explanation_under_any_standard() {
        for (Standard standard : Standard.values()) {
            assertNull(LateReply.explanation(standard, IN_TIME, DUE, false, null, LONDON), standard.name());
            assertNull(LateReply.explanation(standard, DUE, DUE, false, " ", LONDON), standard + ": at the due time itself");
        }
        assertTrue(LateReply.late(LATE, DUE));
        assertTrue(!LateReply.late(DUE, DUE));
    }

    @Test
    void ENQ_1_working_days_accepts_a_late_reply_as_it_is() {
        assertNull(LateReply.explanation(Standard.WORKING_DAYS, LATE, DUE, false, null, LONDON));
        assertEquals("Staff were off sick.", LateReply.explanation(Standard.WORKING_DAYS, LATE, DUE, false,
                "  Staff were off sick.\n", LONDON), "an explanation given is kept, stripped");
    }

    @Test
    void ENQ_1_prompt_with_explanation_refuses_a_late_reply_without_one_even_after_a_holding_reply() {
        for (boolean holdingReplySent : new boolean[] {false, true}) {
            ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class, () -> LateReply.explanation(
                    Standard.PROMPT_WITH_EXPLANATION, LATE, DUE, holdingReplySent, "  ", LONDON));
            assertEquals("ENQ-1", refused.ruleId());
            assertEquals(422, refused.problem().status());
            assertEquals("lateExplanation", refused.problem().errors().get(0).field());
            assertTrue(refused.problem().detail().contains("Monday 8 March 2027 at 17:00"), refused.problem().detail());
        }
        assertEquals("The survey came late.", LateReply.explanation(Standard.PROMPT_WITH_EXPLANATION, LATE, DUE, true,
                "The survey came late.", LONDON));
    }

    @Test
    void ENQ_1_corporate_standards_asks_for_an_explanation_unless_a_holding_reply_kept_the_member_informed() {
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class, () -> LateReply.explanation(
                Standard.CORPORATE_STANDARDS, LATE, DUE, false, null, LONDON));
        assertEquals("ENQ-1", refused.ruleId());
        assertTrue(refused.problem().detail().contains("holding reply"), refused.problem().detail());
        assertNull(LateReply.explanation(Standard.CORPORATE_STANDARDS, LATE, DUE, true, null, LONDON));
        assertEquals("Short-staffed.", LateReply.explanation(Standard.CORPORATE_STANDARDS, LATE, DUE, false,
                "Short-staffed.", LONDON));
    }

    @Test
    void ENQ_1_the_due_time_is_written_in_the_councils_zone() {
        Instant summerDue = Instant.parse("2027-07-05T16:00:00Z"); // 17:00 BST
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class, () -> LateReply.explanation(
                Standard.PROMPT_WITH_EXPLANATION, summerDue.plusSeconds(60), summerDue, false, null, LONDON));
        assertTrue(refused.problem().detail().contains("Monday 5 July 2027 at 17:00"), refused.problem().detail());
    }
}
