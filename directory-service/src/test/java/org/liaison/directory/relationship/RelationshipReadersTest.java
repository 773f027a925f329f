package org.liaison.directory.relationship;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.directory.relationship.RelationshipReaders.Caller;
import org.liaison.directory.relationship.RelationshipReaders.Parties;
import org.liaison.directory.relationship.RelationshipReaders.Reader;

/** DIR-5: who reads a declared relationship, as each council profile says it is told (P9). */
@Tag("DIR-5")
class RelationshipReadersTest {

    private static final Parties CLLR_GREEN_AND_HOUSING_OFFICER = new Parties("cllr-1", "GRN", "off-1", "manager-1",
            Set.of("head-housing"), Set.of("director-communities"));

    private static Caller officer(String id, String seniority, String... statutoryRoles) {
        return new Caller(id, false, true, seniority, Set.of(statutoryRoles), false, Set.of(), false);
    }

    private static Caller councillor(String id, Set<String> groupsLed, boolean leader) {
        return new Caller(id, false, false, null, Set.of(), true, groupsLed, leader);
    }

    private static final Caller KEEPER = new Caller("mo-1", true, true, "DIRECTOR", Set.of("MONITORING_OFFICER"), false,
            Set.of(), false);

    @Test
    void DIR_5_the_registers_keepers_read_every_relationship_whatever_the_profile_says() {
        assertTrue(RelationshipReaders.mayRead(List.of(), KEEPER, CLLR_GREEN_AND_HOUSING_OFFICER));
        assertTrue(RelationshipReaders.mayRead(List.of(Reader.LINE_MANAGER), KEEPER, CLLR_GREEN_AND_HOUSING_OFFICER));
    }

    @Test
    void DIR_5_seed_001_the_councillors_group_leader_and_the_officers_head_of_service_are_told() {
        List<Reader> told = List.of(Reader.GROUP_LEADER, Reader.CHIEF_EXECUTIVE, Reader.MONITORING_OFFICER,
                Reader.HEAD_OF_SERVICE);
        assertTrue(RelationshipReaders.mayRead(told, councillor("cllr-leader-grn", Set.of("GRN"), false),
                CLLR_GREEN_AND_HOUSING_OFFICER), "the Green group's leader");
        assertFalse(RelationshipReaders.mayRead(told, councillor("cllr-leader-lab", Set.of("LAB"), false),
                CLLR_GREEN_AND_HOUSING_OFFICER), "another group's leader");
        assertTrue(RelationshipReaders.mayRead(told, officer("head-housing", "HEAD_OF_SERVICE"),
                CLLR_GREEN_AND_HOUSING_OFFICER), "the officer's head of service");
        assertFalse(RelationshipReaders.mayRead(told, officer("head-planning", "HEAD_OF_SERVICE"),
                CLLR_GREEN_AND_HOUSING_OFFICER), "another head of service");
        assertTrue(RelationshipReaders.mayRead(told, officer("cx", "CHIEF_EXECUTIVE"), CLLR_GREEN_AND_HOUSING_OFFICER));
        assertTrue(RelationshipReaders.mayRead(told, officer("mo-2", "DIRECTOR", "MONITORING_OFFICER"),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertFalse(RelationshipReaders.mayRead(told, officer("manager-1", "SERVICE_MANAGER"),
                CLLR_GREEN_AND_HOUSING_OFFICER), "001 does not tell the line manager");
    }

    @Test
    void DIR_5_seed_003_the_officers_line_manager_is_told_and_no_councillor_is() {
        List<Reader> told = List.of(Reader.CHIEF_EXECUTIVE, Reader.LINE_MANAGER);
        assertTrue(RelationshipReaders.mayRead(told, officer("manager-1", "SERVICE_MANAGER"),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertFalse(RelationshipReaders.mayRead(told, officer("head-housing", "HEAD_OF_SERVICE"),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertFalse(RelationshipReaders.mayRead(told, councillor("cllr-leader-grn", Set.of("GRN"), true),
                CLLR_GREEN_AND_HOUSING_OFFICER));
    }

    @Test
    void DIR_5_the_two_people_in_it_learn_nothing_from_the_register_and_the_standards_committee_adds_no_reader() {
        List<Reader> everyone = List.of(Reader.values());
        assertFalse(RelationshipReaders.mayRead(everyone, councillor("cllr-1", Set.of("GRN"), true),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertFalse(RelationshipReaders.mayRead(everyone, officer("off-1", "CHIEF_EXECUTIVE"),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertFalse(RelationshipReaders.mayRead(everyone, new Caller(null, false, true, "OFFICER", Set.of(), false,
                Set.of(), false), CLLR_GREEN_AND_HOUSING_OFFICER), "a caller with no id");
        assertFalse(RelationshipReaders.mayRead(List.of(Reader.STANDARDS_COMMITTEE),
                officer("any", "OFFICER"), CLLR_GREEN_AND_HOUSING_OFFICER));
        assertTrue(RelationshipReaders.mayRead(List.of(Reader.ANY_OFFICER), officer("any", "OFFICER"),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertFalse(RelationshipReaders.mayRead(List.of(Reader.ANY_OFFICER), councillor("c", Set.of(), false),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertTrue(RelationshipReaders.mayRead(List.of(Reader.LEADER), councillor("c", Set.of(), true),
                CLLR_GREEN_AND_HOUSING_OFFICER));
        assertTrue(RelationshipReaders.mayRead(List.of(Reader.GROUP_LEADERS), councillor("c", Set.of("LAB"), false),
                CLLR_GREEN_AND_HOUSING_OFFICER));
    }

    @Test
    void DIR_5_a_caller_no_told_reader_can_be_reads_nothing_and_mayReadAny_never_hides_what_mayRead_allows() {
        List<Reader> liaisonDefault = List.of(Reader.MONITORING_OFFICER, Reader.CHIEF_EXECUTIVE);
        assertFalse(RelationshipReaders.mayReadAny(liaisonDefault, officer("manager-1", "SERVICE_MANAGER")));
        assertFalse(RelationshipReaders.mayReadAny(liaisonDefault, councillor("cllr-leader-grn", Set.of("GRN"), true)));
        assertTrue(RelationshipReaders.mayReadAny(liaisonDefault, officer("mo-2", "DIRECTOR", "MONITORING_OFFICER")));
        assertTrue(RelationshipReaders.mayReadAny(List.of(), KEEPER));
        assertFalse(RelationshipReaders.mayReadAny(List.of(Reader.GROUP_LEADER), councillor("c", Set.of(), false)));
        List<Caller> callers = List.of(officer("head-housing", "HEAD_OF_SERVICE"), officer("manager-1", "SERVICE_MANAGER"),
                officer("director-communities", "DIRECTOR"), officer("cx", "CHIEF_EXECUTIVE", "HEAD_OF_PAID_SERVICE"),
                officer("mo-2", "DIRECTOR", "MONITORING_OFFICER"), officer("any", "OFFICER"),
                councillor("cllr-leader-grn", Set.of("GRN"), false), councillor("cllr-leader", Set.of(), true),
                councillor("cllr-leader-lab", Set.of("LAB"), false), councillor("c", Set.of(), false));
        for (Reader reader : Reader.values()) {
            for (Caller caller : callers) {
                if (RelationshipReaders.mayRead(List.of(reader), caller, CLLR_GREEN_AND_HOUSING_OFFICER)) {
                    assertTrue(RelationshipReaders.mayReadAny(List.of(reader), caller), reader + " " + caller);
                }
            }
        }
    }
}
