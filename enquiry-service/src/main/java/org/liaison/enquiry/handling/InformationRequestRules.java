package org.liaison.enquiry.handling;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-11 under the council profile's {@code enquiries.information-requests} settings (P8, docs/council-profiles.md):
 * who may decline a request on the ground of an unreasonable use of resources ({@code resources-judged-by}), who
 * decides a disputed decline ({@code dispute-decider}) and who must have been consulted first ({@code consulted-first}).
 *
 * <p>The deciders the suite can represent are officers: the chief executive (seniority), the head of paid service and
 * the monitoring officer (statutory roles), the service area's director and head of service, the declining officer's
 * line manager. The Standards Committee is not a user: its decision is recorded by the monitoring officer, who advises
 * it. Group leaders and the leader are councillors and decide nothing in Liaison: as deciders or judges they are not
 * enforced (the chief executive decides; any handling officer may judge). That someone was consulted is recorded as the
 * decider's own statement with a note of the view given; Liaison does not contact them.
 */
public final class InformationRequestRules {

    /** ProfileSchema.DECIDERS_AND_READERS. */
    public enum Decider {
        CHIEF_EXECUTIVE, HEAD_OF_PAID_SERVICE, MONITORING_OFFICER, DIRECTOR, HEAD_OF_SERVICE, LINE_MANAGER, ANY_OFFICER,
        STANDARDS_COMMITTEE, GROUP_LEADER, GROUP_LEADERS, LEADER;

        /** As an email names the decider of a disputed decline: "the Chief Executive has considered your dispute". */
        public String inEmails() {
            return switch (this) {
                case CHIEF_EXECUTIVE -> "the Chief Executive";
                case HEAD_OF_PAID_SERVICE -> "the Head of Paid Service";
                case MONITORING_OFFICER -> "the Monitoring Officer";
                case DIRECTOR -> "the service's Director";
                case HEAD_OF_SERVICE -> "the service's Head of Service";
                case LINE_MANAGER -> "the declining officer's line manager";
                case STANDARDS_COMMITTEE -> "the Standards Committee";
                case ANY_OFFICER, GROUP_LEADER, GROUP_LEADERS, LEADER -> effectiveDecider(this).inEmails();
            };
        }

        /** How a council officer would say it. */
        public String words() {
            return switch (this) {
                case CHIEF_EXECUTIVE -> "the chief executive";
                case HEAD_OF_PAID_SERVICE -> "the head of paid service";
                case MONITORING_OFFICER -> "the monitoring officer";
                case DIRECTOR -> "a director";
                case HEAD_OF_SERVICE -> "a head of service";
                case LINE_MANAGER -> "the officer's line manager";
                case ANY_OFFICER -> "any officer";
                case STANDARDS_COMMITTEE -> "the Standards Committee";
                case GROUP_LEADER -> "the group leader";
                case GROUP_LEADERS -> "the leaders of the political groups";
                case LEADER -> "the leader of the council";
            };
        }
    }

    /** The deciders Liaison can route a disputed decline to (the others fall back to the chief executive). */
    public static final Set<Decider> DISPUTE_DECIDERS = Set.of(Decider.CHIEF_EXECUTIVE, Decider.HEAD_OF_PAID_SERVICE,
            Decider.MONITORING_OFFICER, Decider.STANDARDS_COMMITTEE, Decider.DIRECTOR, Decider.HEAD_OF_SERVICE,
            Decider.LINE_MANAGER);
    /** The judges of resources Liaison can check (the others: any officer who handles the request). */
    public static final Set<Decider> RESOURCE_JUDGES = Set.of(Decider.CHIEF_EXECUTIVE, Decider.HEAD_OF_PAID_SERVICE,
            Decider.MONITORING_OFFICER, Decider.DIRECTOR, Decider.HEAD_OF_SERVICE, Decider.LINE_MANAGER, Decider.ANY_OFFICER);

    /** An officer as the rule needs them. */
    public record Officer(String id, String seniority, Set<String> statutoryRoles) {
        public Officer {
            statutoryRoles = statutoryRoles == null ? Set.of() : Set.copyOf(statutoryRoles);
        }

        boolean atLeast(String other) {
            List<String> order = List.of("CHIEF_EXECUTIVE", "DIRECTOR", "ASSISTANT_DIRECTOR", "HEAD_OF_SERVICE",
                    "SERVICE_MANAGER", "TEAM_LEADER", "OFFICER");
            return order.indexOf(seniority) >= 0 && order.indexOf(seniority) <= order.indexOf(other);
        }
    }

    private InformationRequestRules() {
    }

    /** The profile's judge of resources as Liaison applies it. */
    public static Decider effectiveJudge(Decider configured) {
        return RESOURCE_JUDGES.contains(configured) ? configured : Decider.ANY_OFFICER;
    }

    /** The profile's dispute decider as Liaison applies it. */
    public static Decider effectiveDecider(Decider configured) {
        return DISPUTE_DECIDERS.contains(configured) ? configured : Decider.CHIEF_EXECUTIVE;
    }

    /**
     * ENQ-11: a decline on the ground of an unreasonable use of resources is the judgement of the officer the profile
     * names (003 B §7.2: the director or assistant director; 002 §5.4: the head of paid service).
     *
     * @param caller           the declining officer (null: not in the directory)
     * @param assignedOfficerId who the request is with; a caller other than them is above them in line management
     */
    public static void checkResourcesJudgement(Decider configured, Officer caller, String assignedOfficerId) {
        Decider judge = effectiveJudge(configured);
        boolean may = caller != null && switch (judge) {
            case ANY_OFFICER -> true;
            case CHIEF_EXECUTIVE -> "CHIEF_EXECUTIVE".equals(caller.seniority());
            case HEAD_OF_PAID_SERVICE -> caller.statutoryRoles().contains("HEAD_OF_PAID_SERVICE");
            case MONITORING_OFFICER -> caller.statutoryRoles().contains("MONITORING_OFFICER");
            case DIRECTOR -> caller.atLeast("ASSISTANT_DIRECTOR");
            case HEAD_OF_SERVICE -> caller.atLeast("HEAD_OF_SERVICE");
            case LINE_MANAGER -> !caller.id().equals(assignedOfficerId);
            default -> true;
        };
        if (!may) {
            String who = judge == Decider.DIRECTOR ? "a director or assistant director"
                    : judge == Decider.HEAD_OF_SERVICE ? "a head of service or above" : judge.words();
            throw new ProtocolRuleViolation("ENQ-11", "Under this council's protocol only " + who + " may judge that a "
                    + "request would take an unreasonable amount of the council's resources; ask them to decline it, or "
                    + "answer it.", List.of(new Problem.FieldError("reason", "UNREASONABLE_RESOURCES is judged by " + who)));
        }
    }

    /**
     * ENQ-11, INF-3: the decline or decision says that each of the profile's {@code consulted-first} was consulted, with a
     * note of the view they gave (001 §31: the monitoring officer; 002 §5.3: the group leaders).
     *
     * @param consulted    who the request says was consulted
     * @param consultation the note of their view
     */
    public static void checkConsulted(List<Decider> required, List<Decider> consulted, String consultation, String action) {
        List<Decider> missing = new ArrayList<>(required);
        missing.removeAll(consulted == null ? List.of() : consulted);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!missing.isEmpty()) {
            errors.add(new Problem.FieldError("consulted", "must include " + String.join(", ",
                    missing.stream().map(Decider::name).toList())));
        }
        if (!required.isEmpty() && (consultation == null || consultation.isBlank())) {
            errors.add(new Problem.FieldError("consultation", "say what " + String.join(" and ",
                    required.stream().map(Decider::words).toList()) + " advised"));
        }
        if (!errors.isEmpty()) {
            throw new ProtocolRuleViolation("ENQ-11", "Under this council's protocol " + String.join(" and ",
                    required.stream().map(Decider::words).toList()) + " must be consulted before a request is " + action
                    + "; consult them and record it, with what they advised.", errors);
        }
    }

    /**
     * ENQ-11: may {@code caller} decide a disputed decline under the profile?
     *
     * @param hasChiefExecutiveRole   the caller's token carries chief-executive
     * @param hasMonitoringOfficerRole the caller's token carries monitoring-officer
     * @param headOfPaidServiceExists an active officer holds the head of paid service's statutory role
     * @param areaDirectorId          the enquiry's service area's director, areaHeadOfServiceId its head of service
     * @param declinersLineManagerId  the line manager of the officer who declined it
     */
    public static boolean mayDecide(Decider configured, Optional<Officer> caller, boolean hasChiefExecutiveRole,
            boolean hasMonitoringOfficerRole, boolean headOfPaidServiceExists, String areaDirectorId,
            String areaHeadOfServiceId, String declinersLineManagerId) {
        boolean chiefExecutive = hasChiefExecutiveRole || caller.map(o -> "CHIEF_EXECUTIVE".equals(o.seniority())).orElse(false);
        return switch (effectiveDecider(configured)) {
            case HEAD_OF_PAID_SERVICE -> caller.map(o -> o.statutoryRoles().contains("HEAD_OF_PAID_SERVICE")).orElse(false)
                    || (!headOfPaidServiceExists && chiefExecutive);
            case MONITORING_OFFICER, STANDARDS_COMMITTEE -> hasMonitoringOfficerRole
                    || caller.map(o -> o.statutoryRoles().contains("MONITORING_OFFICER")).orElse(false);
            case DIRECTOR -> caller.map(o -> o.id().equals(areaDirectorId)).orElse(false);
            case HEAD_OF_SERVICE -> caller.map(o -> o.id().equals(areaHeadOfServiceId)).orElse(false);
            case LINE_MANAGER -> caller.map(o -> o.id().equals(declinersLineManagerId)).orElse(false);
            default -> chiefExecutive;
        };
    }
}
