package org.liaison.enquiry.handling;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.enquiry.handling.InformationRequestRules.Decider;
import org.liaison.enquiry.handling.InformationRequestRules.Officer;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** ENQ-11 under a council profile's information-request settings (P8), as a plain rule. */
class InformationRequestRulesTest {

    private static final Officer KEY_CONTACT = new Officer("key", "SERVICE_MANAGER", Set.of());
    private static final Officer HEAD = new Officer("head", "HEAD_OF_SERVICE", Set.of());
    private static final Officer ASSISTANT_DIRECTOR = new Officer("ad", "ASSISTANT_DIRECTOR", Set.of());
    private static final Officer CHIEF = new Officer("chief", "CHIEF_EXECUTIVE", Set.of("HEAD_OF_PAID_SERVICE"));
    private static final Officer MONITORING = new Officer("mo", "DIRECTOR", Set.of("MONITORING_OFFICER"));

    @Tag("ENQ-11")
    @Test
    void ENQ_11_only_the_profiles_judge_may_decline_on_the_ground_of_resources() {
        assertDoesNotThrow(() -> InformationRequestRules.checkResourcesJudgement(Decider.ANY_OFFICER, KEY_CONTACT, "key"));
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class,
                () -> InformationRequestRules.checkResourcesJudgement(Decider.DIRECTOR, KEY_CONTACT, "key"));
        assertEquals("ENQ-11", refused.ruleId());
        assertEquals(List.of("reason"), refused.problem().errors().stream().map(Problem.FieldError::field).toList());
        assertThrows(ProtocolRuleViolation.class,
                () -> InformationRequestRules.checkResourcesJudgement(Decider.DIRECTOR, HEAD, "key"));
        assertDoesNotThrow(() -> InformationRequestRules.checkResourcesJudgement(Decider.DIRECTOR, ASSISTANT_DIRECTOR, "key"),
                "003 B §7.2: the director or assistant director");
        assertThrows(ProtocolRuleViolation.class,
                () -> InformationRequestRules.checkResourcesJudgement(Decider.HEAD_OF_PAID_SERVICE, MONITORING, "key"));
        assertDoesNotThrow(() -> InformationRequestRules.checkResourcesJudgement(Decider.HEAD_OF_PAID_SERVICE, CHIEF, "key"));
        assertThrows(ProtocolRuleViolation.class,
                () -> InformationRequestRules.checkResourcesJudgement(Decider.LINE_MANAGER, KEY_CONTACT, "key"));
        assertDoesNotThrow(() -> InformationRequestRules.checkResourcesJudgement(Decider.LINE_MANAGER, HEAD, "key"));
        assertDoesNotThrow(() -> InformationRequestRules.checkResourcesJudgement(Decider.GROUP_LEADERS, KEY_CONTACT, "key"),
                "group leaders decline nothing in Liaison: not enforced, any handling officer judges");
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_those_the_profile_names_are_consulted_first_and_what_they_advised_is_recorded() {
        assertDoesNotThrow(() -> InformationRequestRules.checkConsulted(List.of(), List.of(), null, "declined"));
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class, () -> InformationRequestRules.checkConsulted(
                List.of(Decider.MONITORING_OFFICER), List.of(), null, "declined"));
        assertEquals(List.of("consulted", "consultation"),
                refused.problem().errors().stream().map(Problem.FieldError::field).toList());
        assertThrows(ProtocolRuleViolation.class, () -> InformationRequestRules.checkConsulted(
                List.of(Decider.MONITORING_OFFICER), List.of(Decider.MONITORING_OFFICER), " ", "declined"));
        assertDoesNotThrow(() -> InformationRequestRules.checkConsulted(List.of(Decider.MONITORING_OFFICER),
                List.of(Decider.MONITORING_OFFICER), "Advised that the need to know is not shown.", "declined"));
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_a_disputed_decline_is_decided_by_the_profiles_decider() {
        Optional<Officer> none = Optional.empty();
        assertTrue(InformationRequestRules.mayDecide(Decider.CHIEF_EXECUTIVE, none, true, false, false, null, null, null));
        assertFalse(InformationRequestRules.mayDecide(Decider.CHIEF_EXECUTIVE, none, false, true, false, null, null, null));
        assertTrue(InformationRequestRules.mayDecide(Decider.STANDARDS_COMMITTEE, none, false, true, false, null, null, null),
                "the monitoring officer records the Standards Committee's decision");
        assertFalse(InformationRequestRules.mayDecide(Decider.STANDARDS_COMMITTEE, none, true, false, false, null, null, null));
        assertTrue(InformationRequestRules.mayDecide(Decider.MONITORING_OFFICER, Optional.of(MONITORING), false, false, false,
                null, null, null));
        assertTrue(InformationRequestRules.mayDecide(Decider.HEAD_OF_PAID_SERVICE, Optional.of(CHIEF), false, false, true,
                null, null, null));
        assertFalse(InformationRequestRules.mayDecide(Decider.HEAD_OF_PAID_SERVICE, none, true, false, true, null, null, null),
                "someone else holds the head of paid service's role");
        assertTrue(InformationRequestRules.mayDecide(Decider.HEAD_OF_PAID_SERVICE, none, true, false, false, null, null, null),
                "nobody holds it: the chief executive is the head of paid service");
        assertTrue(InformationRequestRules.mayDecide(Decider.DIRECTOR, Optional.of(ASSISTANT_DIRECTOR), false, false, false,
                "ad", "head", null));
        assertFalse(InformationRequestRules.mayDecide(Decider.DIRECTOR, Optional.of(HEAD), false, false, false, "ad", "head",
                null));
        assertTrue(InformationRequestRules.mayDecide(Decider.LEADER, none, true, false, false, null, null, null),
                "a councillor decides nothing in Liaison: not enforced, the chief executive decides");
    }
}
