package org.liaison.notify.matter;

import java.time.Instant;
import java.util.List;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * NTF-2 as the council's protocol words it (the profile's {@code notices.consultation.ward-councillors}, P12): whether a
 * consultation's ward councillors are consulted on it — asked for their views, which Liaison records beside the evidence
 * that they were told — or told of it. Either way they are told no later than its opening.
 * <ul>
 * <li>{@code TOLD_AT_THE_OUTSET} (002 §4.3, 004 §4.2: "notified at the outset"): told; the council may still ask for
 * their views on one consultation ({@code consultWardCouncillors: true}).</li>
 * <li>{@code CONSULTED_AT_THE_START} (000 §23.15: "consult the Councillors for that ward at the start of the
 * consultation"; 003 B §6.1: "consulted at the outset"): always consulted; a registration saying otherwise is refused.</li>
 * <li>{@code INFORMED_OR_INVOLVED} (001 §26: "informed or involved as appropriate"): the officer registering it says
 * which, for each consultation; one that does not say is refused.</li>
 * </ul>
 */
public final class WardCouncillorsConsulted {

    public enum Policy { TOLD_AT_THE_OUTSET, CONSULTED_AT_THE_START, INFORMED_OR_INVOLVED }

    static final String FIELD = "consultWardCouncillors";

    private WardCouncillorsConsulted() {
    }

    /**
     * Whether a consultation's ward councillors are consulted on it under {@code policy}, given what its registration
     * said ({@code asked}: null if it said nothing).
     */
    public static boolean decide(Policy policy, Boolean asked) {
        return switch (policy) {
            case TOLD_AT_THE_OUTSET -> Boolean.TRUE.equals(asked);
            case CONSULTED_AT_THE_START -> {
                if (Boolean.FALSE.equals(asked)) {
                    throw violation("This council's protocol has ward councillors consulted at the start of a consultation "
                            + "(asked for their views), not only told of it: leave " + FIELD + " out or set it to true.");
                }
                yield true;
            }
            case INFORMED_OR_INVOLVED -> {
                if (asked == null) {
                    throw violation("This council's protocol has ward councillors informed of a consultation or involved in "
                            + "it, as appropriate: say which (" + FIELD + " false to inform them, true to involve them and "
                            + "ask for their views).");
                }
                yield asked;
            }
        };
    }

    /** Whether a councillor may record their views on {@code matter} at {@code now}: a consultation they are consulted on, still open. */
    public static void mayGiveViews(MatterKind kind, boolean consulted, boolean cancelled, Instant closesAt, Instant now) {
        if (kind != MatterKind.CONSULTATION || !consulted) {
            throw refused("Ward councillors give their views only on a consultation they are consulted on; this one "
                    + (kind == MatterKind.CONSULTATION ? "tells them of it." : "is not a consultation."));
        }
        if (cancelled) {
            throw refused("The consultation was cancelled; there is nothing to give views on.");
        }
        if (closesAt != null && !now.isBefore(closesAt)) {
            throw refused("The consultation has closed; views can no longer be recorded with it.");
        }
    }

    private static ProtocolRuleViolation refused(String detail) {
        return new ProtocolRuleViolation("NTF-2", detail);
    }

    private static ProtocolRuleViolation violation(String detail) {
        return new ProtocolRuleViolation("NTF-2", detail, List.of(new Problem.FieldError(FIELD, detail)));
    }
}
