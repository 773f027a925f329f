package org.liaison.notify.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One email to one person because of one source event (HUB-1), and where its delivery stands (HUB-2). */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    public static final String PUBLIC_MEETING_INVITATION = "publicMeetingInvitation";
    /** NTF-1: the meeting changed; the calendar event is replaced (same UID, SEQUENCE + 1). */
    public static final String PUBLIC_MEETING_UPDATE = "publicMeetingUpdate";
    /** NTF-1: the meeting is cancelled, or no longer concerns the recipient's ward (METHOD:CANCEL). */
    public static final String PUBLIC_MEETING_CANCELLATION = "publicMeetingCancellation";
    /** NTF-2 to NTF-9: the first email about a matter; a change; a cancellation; an agenda item's report (NTF-5). */
    public static final String MATTER_NOTICE = "matterNotice";
    public static final String MATTER_UPDATE = "matterUpdate";
    public static final String MATTER_CANCELLATION = "matterCancellation";
    public static final String MATTER_REPORT = "matterReport";
    /** HUB-5: a councillor's daily digest of informational matters. */
    public static final String DAILY_DIGEST = "dailyDigest";
    public static final String ENQUIRY_ACKNOWLEDGEMENT = "enquiryAcknowledgement";
    public static final String ENQUIRY_HOLDING_REPLY = "enquiryHoldingReply";
    public static final String ENQUIRY_REPLY = "enquiryReply";
    public static final String ENQUIRY_REPLY_COPY = "enquiryReplyCopy";
    public static final String ENQUIRY_CHASE = "enquiryChase";
    public static final String ENQUIRY_DECLINED = "enquiryDeclined";
    /** A composed {@link Notice} (reassignment, withdrawal, disputed decline, undelivered-mail alert). */
    public static final String NOTICE = "notice";

    /**
     * SUPERSEDED: not sent because what it announced was withdrawn first (a meeting cancelled before its invitation
     * left). BOUNCED: the relay accepted it, then a delivery report said it never reached the recipient (HUB-2).
     */
    public enum Status { PENDING, SENT, RETRYING, FAILED, SUPERSEDED, BOUNCED }

    @Id
    public UUID id;

    @Column(name = "source_event")
    public String sourceEvent;

    @Column(name = "matter_id")
    public UUID matterId;

    @Column(name = "recipient_id")
    public String recipientId;

    @Column(name = "recipient_email")
    public String recipientEmail;

    @Column(name = "recipient_name")
    public String recipientName;

    public String template;

    @Enumerated(EnumType.STRING)
    public Status status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** The SMTP Message-ID, kept once the server accepted the mail. */
    @Column(name = "message_id")
    public String messageId;

    @Column(name = "last_error")
    public String lastError;

    /** Template data beyond a matter, as JSON (e.g. the enquiry event an acknowledgement is about). */
    public String context;

    /** Why the email is waiting, while it is (HUB-3 quiet hours). */
    @Column(name = "held_reason")
    public String heldReason;

    /**
     * The delivery batch that has claimed this email, while it is being handed to the relay. The claim's expiry
     * ({@code claimed_until}, on the database's clock) is written by SQL only.
     */
    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "bounced_at")
    public Instant bouncedAt;

    /** The delivery report's status and diagnostic, e.g. {@code 5.1.1 550 5.1.1 User unknown}. */
    @Column(name = "bounce_reason")
    public String bounceReason;

    /** The template data kept as JSON in {@link #context}, read as {@code type}. */
    public <T> T contextAs(Class<T> type, com.fasterxml.jackson.databind.ObjectMapper objectMapper) {
        try {
            return objectMapper.readValue(context, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Unreadable context of notification " + id, e);
        }
    }
}
