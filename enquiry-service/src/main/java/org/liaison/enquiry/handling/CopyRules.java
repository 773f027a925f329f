package org.liaison.enquiry.handling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-10: who a reply may be copied to, under the council profile's copy policy (P10, docs/council-profiles.md).
 * No blind copies, ever; {@code doNotCopy} forbids copying altogether; a copy is always disclosed to the original
 * member in the reply. Casework about a single constituent follows {@code enquiries.copies.single-constituent-casework}
 * and the councillor's own recorded consent ({@link Consent}, never the officer's word); every other enquiry is a
 * matter of general or ward interest and follows {@code enquiries.copies.ward-interest}.
 */
public final class CopyRules {

    /** {@code enquiries.copies.single-constituent-casework}. */
    public enum Casework {
        /** Copied only to councillors the original member has consented to (001 §40). */
        NOT_WITHOUT_MEMBERS_CONSENT,
        /** Treated in confidence: the officer does not copy it (003 B §5.6, 004 §8.1). */
        NOT_NORMALLY,
        /** May be copied to any councillor, disclosed in the reply. */
        ALLOWED
    }

    /** {@code enquiries.copies.ward-interest}. */
    public enum WardInterest {
        /** To the other councillors of the enquiry's ward only (003 B §5.7). */
        MAY_GO_TO_THE_WARD_COUNCILLORS,
        /** To the other councillors of the enquiry's ward only, and a ward issue's reply goes to all of them (003 A §7.2). */
        SHOULD_GO_TO_THE_WARD_COUNCILLORS,
        /**
         * To the councillors of the enquiry's area (its ward; any councillor when it names no ward, a matter for the
         * whole council) unless the member opted out with {@code doNotCopy} (001 §41).
         */
        MAY_GO_TO_THE_AREAS_COUNCILLORS_UNLESS_THE_MEMBER_OPTS_OUT,
        /** The officer does not copy it (004 §8.1). */
        NOT_NORMALLY
    }

    public record Policy(Casework casework, WardInterest wardInterest) {
    }

    /**
     * The original member's own consent to copying their casework, as they recorded it: to any councillor, or to those
     * listed (none: no consent, or consent withdrawn).
     */
    public record Consent(boolean anyCouncillor, Set<String> councillorIds, Instant recordedAt) {

        public static final Consent NONE = new Consent(false, Set.of(), null);

        public Consent {
            councillorIds = councillorIds == null ? Set.of() : Set.copyOf(councillorIds);
        }

        boolean covers(String councillorId) {
            return anyCouncillor || councillorIds.contains(councillorId);
        }
    }

    /** What the rule needs of the enquiry being replied to. */
    public record Subject(Enquiry.Category category, boolean doNotCopy, String wardCode, Consent consent) {
    }

    /** A councillor a copy goes to (or, for the ward, should go to), with their wards; {@code index} is in copyTo. */
    public record Member(int index, String id, String displayName, Set<String> wardCodes) {
        public Member {
            wardCodes = wardCodes == null ? Set.of() : Set.copyOf(wardCodes);
        }
    }

    private CopyRules() {
    }

    /** ENQ-10: a blind copy is refused, whatever else the request says. */
    public static void refuseBlindCopies(List<String> bcc) {
        if (bcc != null) {
            throw new ProtocolRuleViolation("ENQ-10", "Blind copies are never sent. Name anyone who should see the reply "
                    + "in copyTo, and the councillor will be told who received it.",
                    List.of(new Problem.FieldError("bcc", "blind copies are never sent")));
        }
    }

    /**
     * ENQ-10: refuses the copies the policy does not allow, naming each refused {@code copyTo[i]}.
     *
     * @param copies         the councillors named in copyTo, other than the original member, each once
     * @param wardCouncillors the other active councillors of the enquiry's ward (for SHOULD_GO_TO_THE_WARD_COUNCILLORS)
     */
    public static void check(Policy policy, Subject enquiry, List<Member> copies, List<Member> wardCouncillors) {
        if (copies.isEmpty()) {
            if (policy.wardInterest() == WardInterest.SHOULD_GO_TO_THE_WARD_COUNCILLORS && mustCopyTheWard(enquiry)
                    && !wardCouncillors.isEmpty()) {
                missingWardCouncillors(enquiry, wardCouncillors);
            }
            return;
        }
        if (enquiry.doNotCopy()) {
            throw refused("The councillor asked that this enquiry is not copied to anyone (doNotCopy); send the reply to "
                    + "them alone.", copies, "the councillor asked that it is not copied");
        }
        if (enquiry.category() == Enquiry.Category.CASEWORK) {
            checkCasework(policy.casework(), enquiry.consent(), copies);
        } else {
            checkWardInterest(policy.wardInterest(), enquiry, copies, wardCouncillors);
        }
    }

    private static void checkCasework(Casework policy, Consent consent, List<Member> copies) {
        switch (policy) {
            case ALLOWED -> {
            }
            case NOT_NORMALLY -> throw refused("Under this council's protocol casework about a single constituent is "
                    + "treated in confidence and not copied by the officer to other members; reply to the councillor "
                    + "alone, who may share it.", copies, "casework is not copied to other members");
            case NOT_WITHOUT_MEMBERS_CONSENT -> {
                List<Member> notConsented = copies.stream().filter(member -> !consent.covers(member.id())).toList();
                if (!notConsented.isEmpty()) {
                    throw refused("Casework about a constituent is copied to other members only with the original "
                            + "member's consent, which the councillor records themselves (POST /enquiries/{id}/copy-consent); "
                            + "ask them, or reply to them alone.", notConsented,
                            "the councillor has not consented to a copy to this member");
                }
            }
        }
    }

    private static void checkWardInterest(WardInterest policy, Subject enquiry, List<Member> copies,
            List<Member> wardCouncillors) {
        switch (policy) {
            case NOT_NORMALLY -> throw refused("Under this council's protocol correspondence with a member is not copied "
                    + "by the officer to other members; reply to the councillor alone.", copies,
                    "replies are not copied to other members");
            case MAY_GO_TO_THE_WARD_COUNCILLORS, SHOULD_GO_TO_THE_WARD_COUNCILLORS -> {
                if (enquiry.wardCode() == null) {
                    throw refused("A reply is copied only to the other councillors of the enquiry's ward, and this "
                            + "enquiry names no ward; reply to the councillor alone.", copies, "the enquiry names no ward");
                }
                outsideTheWard(enquiry, copies);
                if (policy == WardInterest.SHOULD_GO_TO_THE_WARD_COUNCILLORS && mustCopyTheWard(enquiry)) {
                    List<Member> missing = wardCouncillors.stream()
                            .filter(ward -> copies.stream().noneMatch(copy -> copy.id().equals(ward.id()))).toList();
                    if (!missing.isEmpty()) {
                        missingWardCouncillors(enquiry, missing);
                    }
                }
            }
            case MAY_GO_TO_THE_AREAS_COUNCILLORS_UNLESS_THE_MEMBER_OPTS_OUT -> {
                if (enquiry.wardCode() != null) {
                    outsideTheWard(enquiry, copies);
                }
            }
        }
    }

    private static boolean mustCopyTheWard(Subject enquiry) {
        return enquiry.category() == Enquiry.Category.WARD_ISSUE && enquiry.wardCode() != null && !enquiry.doNotCopy();
    }

    private static void outsideTheWard(Subject enquiry, List<Member> copies) {
        List<Member> outside = copies.stream().filter(member -> !member.wardCodes().contains(enquiry.wardCode())).toList();
        if (!outside.isEmpty()) {
            throw refused("A reply is copied only to the other councillors of the enquiry's ward (" + enquiry.wardCode()
                    + ").", outside, "not a councillor of ward " + enquiry.wardCode());
        }
    }

    private static void missingWardCouncillors(Subject enquiry, List<Member> missing) {
        throw new ProtocolRuleViolation("ENQ-10", "Under this council's protocol the reply to a ward issue goes to the "
                + "ward's councillors; add " + String.join(", ", missing.stream().map(Member::displayName).toList())
                + " to copyTo (or the councillor can ask, with doNotCopy, that it is not copied).",
                List.of(new Problem.FieldError("copyTo", "should include every councillor of ward " + enquiry.wardCode())));
    }

    private static ProtocolRuleViolation refused(String detail, List<Member> members, String why) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Member member : members) {
            errors.add(new Problem.FieldError("copyTo[" + member.index() + "]", member.displayName() + ": " + why));
        }
        return new ProtocolRuleViolation("ENQ-10", detail, errors);
    }
}
