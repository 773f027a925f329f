package org.liaison.enquiry.handling;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.enquiry.handling.CopyRules.Casework;
import org.liaison.enquiry.handling.CopyRules.Consent;
import org.liaison.enquiry.handling.CopyRules.Member;
import org.liaison.enquiry.handling.CopyRules.Policy;
import org.liaison.enquiry.handling.CopyRules.Subject;
import org.liaison.enquiry.handling.CopyRules.WardInterest;
import org.liaison.enquiry.intake.Enquiry.Category;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/** ENQ-10 under each copy policy of a council profile (P10), as a plain rule. */
class CopyRulesTest {

    private static final Member WARD_COLLEAGUE = new Member(0, "c-ward", "Cllr Ward Colleague", Set.of("W1"));
    private static final Member ELSEWHERE = new Member(1, "c-else", "Cllr Elsewhere", Set.of("W2"));
    private static final Consent TO_WARD_COLLEAGUE = new Consent(false, Set.of("c-ward"), Instant.parse("2026-12-01T10:00:00Z"));
    private static final Consent TO_ANYONE = new Consent(true, Set.of(), Instant.parse("2026-12-01T10:00:00Z"));

    private static Policy policy(Casework casework, WardInterest ward) {
        return new Policy(casework, ward);
    }

    private static Subject casework(Consent consent) {
        return new Subject(Category.CASEWORK, false, "W1", consent);
    }

    private static Subject wardIssue(String ward) {
        return new Subject(Category.WARD_ISSUE, false, ward, Consent.NONE);
    }

    private static List<String> fields(ProtocolRuleViolation refused) {
        return refused.problem().errors().stream().map(Problem.FieldError::field).toList();
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_a_blind_copy_is_refused_whatever_the_policy() {
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class, () -> CopyRules.refuseBlindCopies(List.of("x")));
        assertEquals("ENQ-10", refused.ruleId());
        assertEquals(List.of("bcc"), fields(refused));
        assertDoesNotThrow(() -> CopyRules.refuseBlindCopies(null));
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_do_not_copy_forbids_every_copy_even_where_copies_are_allowed() {
        Subject doNotCopy = new Subject(Category.CASEWORK, true, "W1", TO_ANYONE);
        ProtocolRuleViolation refused = assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(
                policy(Casework.ALLOWED, WardInterest.MAY_GO_TO_THE_AREAS_COUNCILLORS_UNLESS_THE_MEMBER_OPTS_OUT), doNotCopy,
                List.of(WARD_COLLEAGUE), List.of()));
        assertEquals(List.of("copyTo[0]"), fields(refused));
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_casework_without_consent_goes_only_where_the_member_consented() {
        Policy policy = policy(Casework.NOT_WITHOUT_MEMBERS_CONSENT, WardInterest.MAY_GO_TO_THE_WARD_COUNCILLORS);
        ProtocolRuleViolation none = assertThrows(ProtocolRuleViolation.class,
                () -> CopyRules.check(policy, casework(Consent.NONE), List.of(WARD_COLLEAGUE), List.of()));
        assertEquals(List.of("copyTo[0]"), fields(none));
        assertDoesNotThrow(() -> CopyRules.check(policy, casework(TO_WARD_COLLEAGUE), List.of(WARD_COLLEAGUE), List.of()));
        ProtocolRuleViolation other = assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(policy,
                casework(TO_WARD_COLLEAGUE), List.of(WARD_COLLEAGUE, ELSEWHERE), List.of()));
        assertEquals(List.of("copyTo[1]"), fields(other), "consent to one councillor is not consent to another");
        assertDoesNotThrow(() -> CopyRules.check(policy, casework(TO_ANYONE), List.of(WARD_COLLEAGUE, ELSEWHERE), List.of()));
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_casework_not_normally_copied_is_not_copied_even_with_consent_and_allowed_goes_anywhere() {
        assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(policy(Casework.NOT_NORMALLY,
                WardInterest.MAY_GO_TO_THE_WARD_COUNCILLORS), casework(TO_ANYONE), List.of(WARD_COLLEAGUE), List.of()));
        assertDoesNotThrow(() -> CopyRules.check(policy(Casework.ALLOWED, WardInterest.NOT_NORMALLY), casework(Consent.NONE),
                List.of(WARD_COLLEAGUE, ELSEWHERE), List.of()));
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_ward_interest_goes_to_the_wards_councillors_only() {
        Policy policy = policy(Casework.NOT_WITHOUT_MEMBERS_CONSENT, WardInterest.MAY_GO_TO_THE_WARD_COUNCILLORS);
        assertDoesNotThrow(() -> CopyRules.check(policy, wardIssue("W1"), List.of(WARD_COLLEAGUE), List.of()));
        ProtocolRuleViolation outside = assertThrows(ProtocolRuleViolation.class,
                () -> CopyRules.check(policy, wardIssue("W1"), List.of(WARD_COLLEAGUE, ELSEWHERE), List.of()));
        assertEquals(List.of("copyTo[1]"), fields(outside));
        assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(policy, wardIssue(null), List.of(WARD_COLLEAGUE),
                List.of()), "an enquiry without a ward has no ward councillors to copy");
        assertDoesNotThrow(() -> CopyRules.check(policy, wardIssue("W1"), List.of(), List.of(WARD_COLLEAGUE)),
                "'may' does not make a copy necessary");
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_a_ward_issue_that_should_go_to_the_ward_councillors_goes_to_all_of_them() {
        Policy policy = policy(Casework.NOT_WITHOUT_MEMBERS_CONSENT, WardInterest.SHOULD_GO_TO_THE_WARD_COUNCILLORS);
        Member second = new Member(-1, "c-ward-2", "Cllr Second", Set.of("W1"));
        ProtocolRuleViolation missing = assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(policy,
                wardIssue("W1"), List.of(WARD_COLLEAGUE), List.of(WARD_COLLEAGUE, second)));
        assertEquals(List.of("copyTo"), fields(missing));
        assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(policy, wardIssue("W1"), List.of(),
                List.of(WARD_COLLEAGUE)));
        assertDoesNotThrow(() -> CopyRules.check(policy, wardIssue("W1"), List.of(WARD_COLLEAGUE,
                new Member(1, "c-ward-2", "Cllr Second", Set.of("W1"))), List.of(WARD_COLLEAGUE, second)));
        assertDoesNotThrow(() -> CopyRules.check(policy, new Subject(Category.WARD_ISSUE, true, "W1", Consent.NONE),
                List.of(), List.of(WARD_COLLEAGUE)), "the member's doNotCopy still wins");
        assertDoesNotThrow(() -> CopyRules.check(policy, new Subject(Category.POLICY, false, "W1", Consent.NONE),
                List.of(), List.of(WARD_COLLEAGUE)), "only a ward issue must go to the ward");
    }

    @Tag("ENQ-10")
    @Test
    void ENQ_10_the_areas_councillors_unless_the_member_opts_out_and_not_normally_copied() {
        Policy area = policy(Casework.NOT_WITHOUT_MEMBERS_CONSENT,
                WardInterest.MAY_GO_TO_THE_AREAS_COUNCILLORS_UNLESS_THE_MEMBER_OPTS_OUT);
        assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(area, wardIssue("W1"), List.of(ELSEWHERE), List.of()));
        assertDoesNotThrow(() -> CopyRules.check(area, wardIssue(null), List.of(WARD_COLLEAGUE, ELSEWHERE), List.of()),
                "a matter for the whole council may go to any councillor");
        assertThrows(ProtocolRuleViolation.class, () -> CopyRules.check(policy(Casework.ALLOWED, WardInterest.NOT_NORMALLY),
                wardIssue("W1"), List.of(WARD_COLLEAGUE), List.of()));
    }
}
