package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Caller;

/** DIR-5 (P9): the menu offers the relationships a councillor or officer is told of only where the profile tells some. */
@Tag("DIR-5")
class RelationshipsToldOfTest {

    private static final List<String> KEEPERS = List.of("MONITORING_OFFICER", "CHIEF_EXECUTIVE");
    private static final Caller COUNCILLOR = new Caller("c-1", List.of("councillor"));
    private static final Caller OFFICER = new Caller("o-1", List.of("officer"));
    private static final Caller COMMS = new Caller("comms-1", List.of("comms"));
    private static final Caller MONITORING_OFFICER = new Caller("mo-1", List.of("monitoring-officer", "officer"));

    @Test
    void DIR_5_liaison_default_tells_only_the_keepers_so_no_one_else_is_offered_an_empty_page() {
        for (Caller caller : List.of(COUNCILLOR, OFFICER, COMMS, MONITORING_OFFICER)) {
            assertFalse(RelationshipsToldOf.offered(caller, KEEPERS, KEEPERS), caller.toString());
        }
    }

    @Test
    void DIR_5_seed_001_offers_it_to_councillors_and_officers_and_seed_003_to_officers_only() {
        List<String> councillorTells001 = List.of("GROUP_LEADER", "CHIEF_EXECUTIVE", "MONITORING_OFFICER");
        List<String> officerTells001 = List.of("HEAD_OF_SERVICE", "CHIEF_EXECUTIVE", "MONITORING_OFFICER");
        assertTrue(RelationshipsToldOf.offered(COUNCILLOR, councillorTells001, officerTells001));
        assertTrue(RelationshipsToldOf.offered(OFFICER, councillorTells001, officerTells001));
        assertFalse(RelationshipsToldOf.offered(COMMS, councillorTells001, officerTells001), "comms is told of nothing");
        assertFalse(RelationshipsToldOf.offered(MONITORING_OFFICER, councillorTells001, officerTells001),
                "a keeper has the register itself");
        List<String> officerTells003 = List.of("LINE_MANAGER");
        assertFalse(RelationshipsToldOf.offered(COUNCILLOR, KEEPERS, officerTells003));
        assertTrue(RelationshipsToldOf.offered(OFFICER, KEEPERS, officerTells003));
    }

    @Test
    void DIR_5_only_councillors_and_officers_may_open_the_page_of_what_they_are_told_of() {
        assertTrue(RelationshipsToldOf.mayOpen(COUNCILLOR));
        assertTrue(RelationshipsToldOf.mayOpen(OFFICER));
        assertFalse(RelationshipsToldOf.mayOpen(COMMS));
        assertFalse(RelationshipsToldOf.mayOpen(new Caller("ms-1", List.of("members-services"))));
    }
}
