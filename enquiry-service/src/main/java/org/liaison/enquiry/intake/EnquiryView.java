package org.liaison.enquiry.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An enquiry as its reader may see it; {@code body} is absent where they may not read it. {@code bodyErasedAt}, when
 * present, says that the enquiry's and the reply's text were erased under the council's retention period
 * ({@code casework.answered-body-retention}): both bodies are then absent for every reader, and the rest stays.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EnquiryView(UUID id, String reference, String councillorId, String subject, String body,
        String serviceAreaCode, String wardCode, String category,
        @Schema(description = "What kind of issue the councillor said it is (P2, ENQ-5): ROUTINE_SERVICE_QUERY, "
                + "ORDINARY or STRATEGIC_OR_SIGNIFICANT") String significance,
        boolean constituentConfidential, boolean doNotCopy,
        Instant receivedAt, Instant clockStartsAt, Instant dueAt, String assignedOfficerId, String routingReason,
        String restrictedRoutingReason, String status, int escalationLevel, java.util.List<DueDateChange> dueDateChanges, Decline decline,
        Reply reply, Instant bodyErasedAt) {

    /**
     * ENQ-6 and ENQ-10: the officer's full reply, when it was sent and the councillors openly copied (directory ids);
     * {@code body} is absent where the reader may not read the enquiry's body. ENQ-1: {@code answeredInTime} whether it
     * came by the due date, and {@code lateExplanation} why not, in the officer's words (absent like the body).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reply(Instant answeredAt, String body, java.util.List<String> copiedTo, boolean answeredInTime,
            String lateExplanation) {
    }

    /**
     * ENQ-11: why the request was declined and, if the councillor disputed it, who it went to under the council profile
     * ({@code disputeDecider}) and what they decided; who each step says was consulted first, and what they advised.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decline(String reason, String explanation, String declinedBy, String disputeGrounds, Instant disputedAt,
            String disputeOutcome, String disputeExplanation, Instant disputeDecidedAt, java.util.List<String> consulted,
            String consultation, String disputeDecider, java.util.List<String> disputeConsulted, String disputeConsultation) {
    }

    /** A due date moved because the holiday list changed. */
    public record DueDateChange(Instant previousDueAt, Instant newDueAt, String reason, Instant changedAt) {
    }

    /**
     * @param withBody whether the reader may read the body
     * @param withRestrictedReason whether the reader may read the routing reason naming a declared relationship (DIR-5)
     */
    static EnquiryView of(Enquiry e, boolean withBody, boolean withRestrictedReason) {
        return new EnquiryView(e.id, e.reference, e.councillorId, e.subject, withBody ? e.body : null, e.serviceAreaCode,
                e.wardCode, e.category.name(),
                e.significance.name(),
                e.constituentConfidential, e.doNotCopy, e.receivedAt, e.clockStartsAt,
                e.dueAt, e.assignedOfficerId, e.routingReason,
                withRestrictedReason ? e.restrictedRoutingReason : null, e.status.name(), e.escalationLevel, dueDateChanges(e),
                e.declineReason == null ? null : new Decline(e.declineReason, e.declineExplanation, e.declinedBy,
                        e.disputeGrounds, e.disputedAt, e.disputeOutcome, e.disputeExplanation, e.disputeDecidedAt,
                        list(e.declineConsulted), e.declineConsultation, e.disputeDecider, list(e.disputeConsulted),
                        e.disputeConsultation),
                e.answeredAt == null ? null : new Reply(e.answeredAt, withBody ? e.replyBody : null,
                        e.copiedTo == null || e.copiedTo.isBlank() ? java.util.List.of() : java.util.List.of(e.copiedTo.split(",")),
                        !e.answeredAt.isAfter(e.dueAt), withBody ? e.lateExplanation : null),
                e.bodyErasedAt);
    }

    private static java.util.List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? null : java.util.List.of(commaSeparated.split(","));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<DueDateChange> dueDateChanges(Enquiry e) {
        java.util.List<Object[]> rows = Enquiry.getEntityManager().createNativeQuery(
                "select previous_due_at, new_due_at, reason, changed_at from enquiry_due_change where enquiry_id = ?1 order by id")
                .setParameter(1, e.id).getResultList();
        return rows.stream().map(r -> new DueDateChange(instant(r[0]), instant(r[1]), (String) r[2], instant(r[3]))).toList();
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }
}
