package org.liaison.enquiry.intake;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A councillor's enquiry to the council's officers, with its SLA clock (ENQ-1) and routing (ENQ-4). */
@Entity
@Table(name = "enquiry")
public class Enquiry extends PanacheEntityBase {

    public enum Category { CASEWORK, WARD_ISSUE, POLICY, INFORMATION }

    /** DECLINE_DISPUTED: the councillor disputes a decline and the chief executive decides (ENQ-11). */
    public enum Status { RECEIVED, ASSIGNED, HOLDING_REPLY_SENT, ANSWERED, CLOSED, DECLINED, DECLINE_DISPUTED, WITHDRAWN;

        public boolean open() {
            return this == RECEIVED || this == ASSIGNED || this == HOLDING_REPLY_SENT;
        }
    }

    @Id
    public UUID id;
    public String reference;
    @Column(name = "councillor_id")
    public String councillorId;
    public String subject;
    public String body;
    @Column(name = "service_area_code")
    public String serviceAreaCode;
    @Column(name = "ward_code")
    public String wardCode;
    @Enumerated(EnumType.STRING)
    public Category category;

    /**
     * What kind of issue the councillor says it is (P2, ENQ-5): a council profile may let a routine service query, or
     * anything short of a strategic or significant issue, name an officer below its lowest seniority.
     */
    public enum Significance { ROUTINE_SERVICE_QUERY, ORDINARY, STRATEGIC_OR_SIGNIFICANT }

    @Enumerated(EnumType.STRING)
    public Significance significance = Significance.ORDINARY;
    @Column(name = "constituent_confidential")
    public boolean constituentConfidential;
    @Column(name = "do_not_copy")
    public boolean doNotCopy;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "clock_starts_at")
    public Instant clockStartsAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "assigned_officer_id")
    public String assignedOfficerId;
    @Column(name = "routing_reason")
    public String routingReason;
    /** The routing reason naming any declared relationship (DIR-5): for the monitoring officer and chief executive only. */
    @Column(name = "restricted_routing_reason")
    public String restrictedRoutingReason;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "escalation_level")
    public int escalationLevel;
    @Column(name = "holding_reply_reason")
    public String holdingReplyReason;
    @Column(name = "holding_reply_at")
    public Instant holdingReplyAt;
    /** The due date set at intake, kept when a holding reply moves {@link #dueAt}. */
    @Column(name = "original_due_at")
    public Instant originalDueAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "reply_body")
    public String replyBody;
    /** ENQ-1: why the reply came after the due date, in the officer's words (required by some response standards, P1). */
    @Column(name = "late_explanation")
    public String lateExplanation;
    /** Comma-separated councillor ids the reply was copied to (ENQ-10; disclosed to the original member). */
    @Column(name = "copied_to")
    public String copiedTo;
    @Column(name = "decline_reason")
    public String declineReason;
    @Column(name = "decline_explanation")
    public String declineExplanation;
    @Column(name = "closed_at")
    public Instant closedAt;
    /** The officer who declined the request (ENQ-11); the enquiry goes back to them if the decline is overturned. */
    @Column(name = "declined_by")
    public String declinedBy;
    @Column(name = "dispute_grounds")
    public String disputeGrounds;
    @Column(name = "disputed_at")
    public Instant disputedAt;
    @Column(name = "dispute_outcome")
    public String disputeOutcome;
    @Column(name = "dispute_explanation")
    public String disputeExplanation;
    @Column(name = "dispute_decided_at")
    public Instant disputeDecidedAt;
    @Column(name = "dispute_decided_by")
    public String disputeDecidedBy;
    /** ENQ-11: who the decline says was consulted first (comma-separated deciders) and what they advised. */
    @Column(name = "decline_consulted")
    public String declineConsulted;
    @Column(name = "decline_consultation")
    public String declineConsultation;
    /** ENQ-11: who the dispute went to under the council profile (a decider, e.g. STANDARDS_COMMITTEE). */
    @Column(name = "dispute_decider")
    public String disputeDecider;
    /** ENQ-11: who the dispute decision says was consulted first and what they advised. */
    @Column(name = "dispute_consulted")
    public String disputeConsulted;
    @Column(name = "dispute_consultation")
    public String disputeConsultation;
    /** When {@link #body} and {@link #replyBody} were erased (set to NULL) under the retention period; null while held. */
    @Column(name = "body_erased_at")
    public Instant bodyErasedAt;

    /** {@code text} cut to the column's {@code length}. */
    public static String clip(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Where the SLA clock counts from: receipt, or the chief executive's decision when a decline was overturned. */
    public Instant slaClockFrom() {
        return "OVERTURNED".equals(disputeOutcome) && disputeDecidedAt != null ? disputeDecidedAt : receivedAt;
    }
}
