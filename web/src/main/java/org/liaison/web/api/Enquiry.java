package org.liaison.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An enquiry as enquiry-service shows it to the signed-in person ({@code body} absent where they may not read it, and
 * for everyone once {@code bodyErasedAt} says the enquiry's and the reply's text were erased under the council's
 * retention period).
 */
public record Enquiry(String id, String reference, String councillorId, String subject, String body,
        String serviceAreaCode, String wardCode, String category,
        String significance,
        boolean constituentConfidential, boolean doNotCopy,
        Instant receivedAt, Instant dueAt, String assignedOfficerId, String routingReason, String status,
        int escalationLevel, Declined decline, Answered reply, Instant bodyErasedAt) {

    /** Still waiting for the officer's full reply. */
    public boolean open() {
        return List.of("RECEIVED", "ASSIGNED", "HOLDING_REPLY_SENT").contains(status);
    }

    /** {@code POST /enquiries}: the councillor's form, as typed (the service validates it; no significance is ORDINARY). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewEnquiry(String subject, String body, String serviceAreaCode, String wardCode, String category,
            String significance, boolean constituentConfidential, boolean doNotCopy) {
    }

    public record Received(String id, String reference, Instant receivedAt, Instant dueAt, String assignedOfficerId,
            String routingReason) {
    }

    /**
     * {@code POST /enquiries/{id}/reply}: the officer's full reply, copied to nobody; for a reply after the due date, why
     * it is late (ENQ-1: the council profile's response standard may require it).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reply(String body, String lateExplanation) {
    }

    /** {@code POST /enquiries/{id}/holding-reply} (ENQ-7): why the full reply is delayed, and the new target date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record HoldingReply(String reason, LocalDate newTargetDate) {
    }

    /** {@code POST /enquiries/{id}/decline} (ENQ-11): LEGAL, PRIVATE_PURPOSE or UNREASONABLE_RESOURCES, explained. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decline(String reason, String explanation) {
    }

    public record HoldingReplySent(String id, String reference, String status, Instant previousDueAt, Instant dueAt) {
    }

    public record Outcome(String id, String reference, String status) {
    }

    /** ENQ-11: why a request was declined and, once the councillor disputed it, what the chief executive decided. */
    public record Declined(String reason, String explanation, String declinedBy, String disputeGrounds, Instant disputedAt,
            String disputeOutcome, String disputeExplanation, Instant disputeDecidedAt) {

        /** The protocol's reason, as the officer's form put it. */
        public String reasonLabel() {
            return switch (reason == null ? "" : reason) {
                case "LEGAL" -> "It is confidential or protected by data protection law";
                case "PRIVATE_PURPOSE" -> "It is wanted for a private purpose, not the councillor's role";
                case "UNREASONABLE_RESOURCES" -> "It would take an unreasonable amount of the council's resources";
                default -> reason;
            };
        }
    }

    /** {@code GET /enquiries/{id}/holding-reply-dates} (ENQ-7): the new target dates a holding reply may give now. */
    public record HoldingReplyDates(String id, Instant dueAt, int maxExtraWorkingDays, List<LocalDate> dates) {
    }

    /** {@code GET /enquiries/{id}/reassign-candidates}: an officer the enquiry may be given to. */
    public record Candidate(String officerId, String displayName, String seniority) {
    }

    /** {@code POST /enquiries/{id}/reassign}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reassign(String officerId, String reason) {
    }

    /** {@code POST /enquiries/{id}/dispute} (ENQ-11): the councillor's grounds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dispute(String grounds) {
    }

    /** {@code POST /enquiries/{id}/dispute-decision} (ENQ-11): UPHELD or OVERTURNED, explained. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DisputeDecision(String outcome, String explanation) {
    }

    /**
     * ENQ-6, ENQ-10: the full reply, when it was sent, and the councillors openly copied (directory ids); ENQ-1: whether
     * it came by the due date, and the officer's explanation when it did not.
     */
    public record Answered(Instant answeredAt, String body, List<String> copiedTo, boolean answeredInTime,
            String lateExplanation) {
        public Answered {
            copiedTo = copiedTo == null ? List.of() : copiedTo;
        }
    }

    /** {@code GET /enquiries/{id}/due-date-explanation}: how the due date was worked out (ENQ-1 to ENQ-3, ENQ-7). */
    public record DueDateExplanation(Instant countedFrom, String countedFromWhat, String nation, int workingDays,
            Instant calculatedDueAt, List<Day> days, HoldingReplyGiven holdingReply, List<DueDateChange> dueDateChanges,
            Instant dueAt) {

        public DueDateExplanation {
            days = days == null ? List.of() : days;
            dueDateChanges = dueDateChanges == null ? List.of() : dueDateChanges;
        }

        /** A day the SLA clock looked at: RECEIVED, DAY_0, WORKING_DAY (numbered) or SKIPPED (with why). */
        public record Day(LocalDate date, String kind, Integer workingDay, String reason) {
        }

        public record HoldingReplyGiven(Instant at, String reason, Instant previousDueAt, Instant newDueAt) {
        }

        /** The due date moved because the council's list of holidays or closure days changed. */
        public record DueDateChange(Instant previousDueAt, Instant newDueAt, String reason, Instant changedAt) {
        }
    }
}
