package org.liaison.enquiry.handling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProtocolRuleViolation;

/**
 * ENQ-1: what a reply sent after the enquiry's due date must carry, by how the council profile states its response
 * standard ({@code enquiries.response.standard}, P1). The due date is the current one: a holding reply (ENQ-7) moves it.
 * <ul>
 * <li>{@code WORKING_DAYS} (000 §23.5, 004 §3.1): a late reply is accepted as it is and counted late (ENQ-12).</li>
 * <li>{@code PROMPT_WITH_EXPLANATION} (002 §3.1(e): "prompt responses ... and where this is not possible an explanation
 * should be provided"): every late reply explains why it is late, a holding reply sent earlier notwithstanding, since
 * the reply is then late against the date that holding reply gave.</li>
 * <li>{@code CORPORATE_STANDARDS} (003 B §5.1: "As a minimum, they should meet corporate standards for responses ... If
 * an immediate reply is not possible, correspondence should be acknowledged and the member kept informed about
 * progress"): the working days are the council's corporate standard; a late reply explains why unless the member was
 * kept informed by a holding reply.</li>
 * </ul>
 */
public final class LateReply {

    /** P1: how the protocol states the response time. */
    public enum Standard { WORKING_DAYS, PROMPT_WITH_EXPLANATION, CORPORATE_STANDARDS }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private LateReply() {
    }

    /** Whether a reply sent at {@code now} is late: after the due time. */
    public static boolean late(Instant now, Instant dueAt) {
        return now.isAfter(dueAt);
    }

    /**
     * The explanation to store with the reply (stripped, null when none was given), or a 422 ENQ-1 when the standard
     * asks for one and the reply is late without it.
     *
     * @param holdingReplySent whether a holding reply was sent for this enquiry (ENQ-7)
     */
    public static String explanation(Standard standard, Instant now, Instant dueAt, boolean holdingReplySent,
            String lateExplanation, ZoneId zone) {
        String explanation = lateExplanation == null || lateExplanation.isBlank() ? null : lateExplanation.strip();
        if (explanation != null || !late(now, dueAt)) {
            return explanation;
        }
        String due = WHEN.format(dueAt.atZone(zone));
        switch (standard) {
            case WORKING_DAYS -> {
                return null;
            }
            case PROMPT_WITH_EXPLANATION -> throw new ProtocolRuleViolation("ENQ-1", "This reply is late: the enquiry was "
                    + "due on " + due + ". The council's protocol asks for prompt replies and, where that was not "
                    + "possible, an explanation: say in lateExplanation why the reply is late.", java.util.List.of(
                            new Problem.FieldError("lateExplanation", "is needed: the reply is after the due date, " + due)));
            case CORPORATE_STANDARDS -> {
                if (holdingReplySent) {
                    return null;
                }
                throw new ProtocolRuleViolation("ENQ-1", "This reply is late: the enquiry was due on " + due + " under the "
                        + "council's corporate standard, and the councillor was not kept informed by a holding reply. Say "
                        + "in lateExplanation why the reply is late.", java.util.List.of(new Problem.FieldError(
                                "lateExplanation", "is needed: the reply is after the due date, " + due
                                        + ", and no holding reply was sent")));
            }
            default -> throw new IllegalStateException(standard.name());
        }
    }
}
