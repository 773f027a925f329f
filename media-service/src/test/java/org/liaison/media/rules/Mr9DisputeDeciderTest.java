package org.liaison.media.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** MR-9 (P7, media.release-dispute-decider): the caller role that decides a disputed release, for each decider. */
class Mr9DisputeDeciderTest {

    @Tag("MR-9")
    @Test
    void MR_9_the_chief_executive_and_head_of_paid_service_decide_as_the_chief_executive_role() {
        assertEquals(Optional.of("chief-executive"), DisputeDecider.roleFor("CHIEF_EXECUTIVE"));
        assertEquals(Optional.of("chief-executive"), DisputeDecider.roleFor("HEAD_OF_PAID_SERVICE"));
    }

    @Tag("MR-9")
    @Test
    void MR_9_the_monitoring_officer_decides_as_the_monitoring_officer_role() {
        assertEquals(Optional.of("monitoring-officer"), DisputeDecider.roleFor("MONITORING_OFFICER"));
        assertEquals("monitoring-officer", DisputeDecider.roleDeciding("MONITORING_OFFICER"));
    }

    @Tag("MR-9")
    @Test
    void MR_9_a_decider_no_one_role_acts_for_leaves_the_chief_executive_deciding() {
        for (String decider : List.of("STANDARDS_COMMITTEE", "GROUP_LEADERS", "GROUP_LEADER", "LEADER", "DIRECTOR",
                "HEAD_OF_SERVICE", "LINE_MANAGER", "ANY_OFFICER")) {
            assertEquals(Optional.empty(), DisputeDecider.roleFor(decider), decider);
            assertEquals("chief-executive", DisputeDecider.roleDeciding(decider), decider);
        }
    }
}
