package org.liaison.enquiry.intake;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.enquiry.intake.Enquiry.Significance;
import org.liaison.enquiry.replica.OfficerReplica;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** ENQ-5 as a plain rule, under each of the council profile's P2 settings. */
@Tag("ENQ-5")
class NamedOfficerRuleTest {

    /** liaison-default: SERVICE_MANAGER, the open-enquiry exception, every enquiry. */
    private static final NamedOfficerRule.Policy DEFAULT = new NamedOfficerRule.Policy("SERVICE_MANAGER", true, false, false);
    /** 003 B §3.9: SERVICE_MANAGER, "other than for routine service queries", every enquiry. */
    private static final NamedOfficerRule.Policy SEED_003 = new NamedOfficerRule.Policy("SERVICE_MANAGER", false, true, false);
    /** 000 §23.4: TEAM_LEADER, the open-enquiry exception, only strategic or significant issues. */
    private static final NamedOfficerRule.Policy SEED_000 = new NamedOfficerRule.Policy("TEAM_LEADER", true, false, true);
    /** No exception at all (CouncilProfileEnquiryTest's stricter council). */
    private static final NamedOfficerRule.Policy NONE = new NamedOfficerRule.Policy("HEAD_OF_SERVICE", false, false, false);

    private static OfficerReplica officer(String name, String seniority) {
        OfficerReplica officer = new OfficerReplica();
        officer.id = name.toLowerCase().replace(' ', '-');
        officer.displayName = name;
        officer.seniority = seniority;
        officer.status = "ACTIVE";
        return officer;
    }

    private static final OfficerReplica JUNIOR = officer("Jo Junior", "OFFICER");

    private static String refused(OfficerReplica named, Significance significance, boolean handlesOpenEnquiry,
            NamedOfficerRule.Policy policy) {
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class,
                () -> NamedOfficerRule.check(named, significance, handlesOpenEnquiry, policy));
        assertEquals("ENQ-5", refused.ruleId());
        return refused.getMessage();
    }

    private static void allowed(OfficerReplica named, Significance significance, boolean handlesOpenEnquiry,
            NamedOfficerRule.Policy policy) {
        assertDoesNotThrow(() -> NamedOfficerRule.check(named, significance, handlesOpenEnquiry, policy));
    }

    @Test
    void ENQ_5_an_officer_at_or_above_the_lowest_seniority_may_always_be_named() {
        for (Significance significance : Significance.values()) {
            allowed(officer("Sam Manager", "SERVICE_MANAGER"), significance, false, DEFAULT);
            allowed(officer("Dana Director", "DIRECTOR"), significance, false, SEED_003);
            allowed(officer("Tess Leader", "TEAM_LEADER"), significance, false, SEED_000);
            allowed(officer("Hal Head", "HEAD_OF_SERVICE"), significance, false, NONE);
        }
    }

    @Test
    void ENQ_5_a_junior_officer_is_refused_by_default_with_the_lowest_seniority_in_words() {
        String message = refused(JUNIOR, Significance.ORDINARY, false, DEFAULT);
        assertTrue(message.contains("Jo Junior is not a key contact or senior officer"), message);
        assertTrue(message.contains("councillors raise enquiries with officers at service manager level or above"), message);
        refused(officer("Tess Leader", "TEAM_LEADER"), Significance.ROUTINE_SERVICE_QUERY, false, DEFAULT);
        refused(JUNIOR, Significance.STRATEGIC_OR_SIGNIFICANT, false, DEFAULT);
    }

    @Test
    void ENQ_5_the_open_enquiry_exception_lets_the_officer_handling_one_be_named_only_when_the_profile_lists_it() {
        allowed(JUNIOR, Significance.ORDINARY, true, DEFAULT);
        allowed(JUNIOR, Significance.STRATEGIC_OR_SIGNIFICANT, true, DEFAULT);
        allowed(JUNIOR, Significance.STRATEGIC_OR_SIGNIFICANT, true, SEED_000);
        refused(JUNIOR, Significance.ORDINARY, true, SEED_003);
        String message = refused(JUNIOR, Significance.ORDINARY, true, NONE);
        assertTrue(message.contains("head of service level or above"), message);
    }

    @Test
    void ENQ_5_the_routine_service_query_exception_lets_a_routine_query_name_a_junior_officer_and_nothing_else() {
        allowed(JUNIOR, Significance.ROUTINE_SERVICE_QUERY, false, SEED_003);
        String ordinary = refused(JUNIOR, Significance.ORDINARY, false, SEED_003);
        assertTrue(ordinary.contains("other than routine service queries"), ordinary);
        assertTrue(ordinary.contains("service manager level or above"), ordinary);
        refused(JUNIOR, Significance.STRATEGIC_OR_SIGNIFICANT, false, SEED_003);
        // not listed: a routine service query is refused like any other
        refused(JUNIOR, Significance.ROUTINE_SERVICE_QUERY, false, DEFAULT);
        refused(JUNIOR, Significance.ROUTINE_SERVICE_QUERY, false, NONE);
    }

    @Test
    void ENQ_5_applied_only_to_strategic_or_significant_issues_anything_else_may_name_a_junior_officer() {
        allowed(JUNIOR, Significance.ORDINARY, false, SEED_000);
        allowed(JUNIOR, Significance.ROUTINE_SERVICE_QUERY, false, SEED_000);
        String message = refused(JUNIOR, Significance.STRATEGIC_OR_SIGNIFICANT, false, SEED_000);
        assertTrue(message.contains("strategic or significant issues go to officers at team leader level or above"), message);
    }

    @Test
    void ENQ_5_an_enquiry_that_does_not_say_what_kind_of_issue_it_is_counts_as_ordinary() {
        allowed(JUNIOR, null, false, SEED_000);
        refused(JUNIOR, null, false, SEED_003);
    }

    @Test
    void ENQ_5_the_policy_is_read_from_the_profiles_direct_approach_settings() {
        EnquiryPolicy.DirectApproach seed000 = settings("TEAM_LEADER", java.util.List.of("OFFICER_HANDLES_AN_OPEN_ENQUIRY"),
                "STRATEGIC_OR_SIGNIFICANT_ISSUES");
        assertEquals(SEED_000, NamedOfficerRule.Policy.of(seed000));
        EnquiryPolicy.DirectApproach seed003 = settings("SERVICE_MANAGER", java.util.List.of("ROUTINE_SERVICE_QUERY"),
                "EVERY_ENQUIRY");
        assertEquals(SEED_003, NamedOfficerRule.Policy.of(seed003));
        assertEquals(NONE, NamedOfficerRule.Policy.of(settings("HEAD_OF_SERVICE", java.util.List.of("NONE"), "EVERY_ENQUIRY")));
        allowed(JUNIOR, Significance.ROUTINE_SERVICE_QUERY, false, NamedOfficerRule.Policy.of(seed003));
        refused(JUNIOR, Significance.STRATEGIC_OR_SIGNIFICANT, false, NamedOfficerRule.Policy.of(seed000));
    }

    private static EnquiryPolicy.DirectApproach settings(String lowest, java.util.List<String> exceptions, String appliesTo) {
        return new EnquiryPolicy.DirectApproach() {
            @Override
            public String lowestSeniority() {
                return lowest;
            }

            @Override
            public java.util.List<String> exceptions() {
                return exceptions;
            }

            @Override
            public String appliesTo() {
                return appliesTo;
            }
        };
    }
}
