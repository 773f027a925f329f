package org.liaison.notify.matter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;
import org.liaison.notify.matter.WardCouncillorsConsulted.Policy;

/** NTF-2 under each consultation policy a council profile may state (P12): told, or consulted and asked for views. */
class WardCouncillorsConsultedTest {

    private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

    @Tag("NTF-2")
    @Test
    void NTF_2_told_at_the_outset_tells_unless_the_officer_asks_for_their_views() {
        assertFalse(WardCouncillorsConsulted.decide(Policy.TOLD_AT_THE_OUTSET, null));
        assertFalse(WardCouncillorsConsulted.decide(Policy.TOLD_AT_THE_OUTSET, false));
        assertTrue(WardCouncillorsConsulted.decide(Policy.TOLD_AT_THE_OUTSET, true));
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_consulted_at_the_start_always_consults_and_refuses_a_consultation_that_would_only_tell() {
        assertTrue(WardCouncillorsConsulted.decide(Policy.CONSULTED_AT_THE_START, null));
        assertTrue(WardCouncillorsConsulted.decide(Policy.CONSULTED_AT_THE_START, true));
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class,
                () -> WardCouncillorsConsulted.decide(Policy.CONSULTED_AT_THE_START, false));
        assertEquals("NTF-2", refused.ruleId());
        assertEquals("consultWardCouncillors", refused.problem().errors().get(0).field());
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_informed_or_involved_needs_the_officer_to_say_which() {
        assertFalse(WardCouncillorsConsulted.decide(Policy.INFORMED_OR_INVOLVED, false));
        assertTrue(WardCouncillorsConsulted.decide(Policy.INFORMED_OR_INVOLVED, true));
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class,
                () -> WardCouncillorsConsulted.decide(Policy.INFORMED_OR_INVOLVED, null));
        assertTrue(refused.getMessage().contains("informed of a consultation or involved in it"), refused.getMessage());
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_views_are_given_only_on_an_open_consultation_the_councillor_is_consulted_on() {
        WardCouncillorsConsulted.mayGiveViews(MatterKind.CONSULTATION, true, false, NOW.plusSeconds(1), NOW);
        WardCouncillorsConsulted.mayGiveViews(MatterKind.CONSULTATION, true, false, null, NOW);
        assertThrows(ProtocolRuleViolation.class,
                () -> WardCouncillorsConsulted.mayGiveViews(MatterKind.CONSULTATION, false, false, null, NOW), "only told");
        assertThrows(ProtocolRuleViolation.class,
                () -> WardCouncillorsConsulted.mayGiveViews(MatterKind.PUBLIC_MEETING, true, false, null, NOW));
        assertThrows(ProtocolRuleViolation.class,
                () -> WardCouncillorsConsulted.mayGiveViews(MatterKind.CONSULTATION, true, true, null, NOW), "cancelled");
        assertThrows(ProtocolRuleViolation.class,
                () -> WardCouncillorsConsulted.mayGiveViews(MatterKind.CONSULTATION, true, false, NOW, NOW), "closed");
    }
}
