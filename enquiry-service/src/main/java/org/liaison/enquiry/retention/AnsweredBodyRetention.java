package org.liaison.enquiry.retention;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.liaison.enquiry.intake.Enquiry;

/**
 * Whether an enquiry's text and its reply's are due for erasure under the council profile's
 * {@code casework.answered-body-retention} (UK GDPR storage limitation): once the enquiry has been closed for good for
 * longer than the retention period. Closed for good: answered (or closed) from when it was answered or closed;
 * withdrawn from its withdrawal; declined from the decline or, if the councillor disputed it and the chief executive
 * upheld it, from that decision. An enquiry still open, and a decline awaiting the chief executive, are never due
 * however old: someone still needs the text. An undisputed decline counts from the decline; a dispute brought after the
 * retention period finds the text erased (a council whose protocol allows late disputes sets a longer period).
 */
public final class AnsweredBodyRetention {

    /** What the decision needs of an enquiry. */
    public record Closure(Enquiry.Status status, Instant answeredAt, Instant closedAt, Instant disputeDecidedAt,
            Instant bodyErasedAt) {

        public static Closure of(Enquiry e) {
            return new Closure(e.status, e.answeredAt, e.closedAt, e.disputeDecidedAt, e.bodyErasedAt);
        }
    }

    private final Duration retention;

    public AnsweredBodyRetention(Duration retention) {
        if (retention == null || retention.isNegative()) {
            throw new IllegalArgumentException("the retention period must be a duration of zero or more, not " + retention);
        }
        this.retention = retention;
    }

    /** When the enquiry was closed for good; empty while its text may still be needed. */
    public static Optional<Instant> closedForGood(Closure e) {
        return switch (e.status()) {
            case ANSWERED -> Optional.ofNullable(e.answeredAt());
            case CLOSED -> latest(e.answeredAt(), e.closedAt());
            case WITHDRAWN -> Optional.ofNullable(e.closedAt());
            case DECLINED -> latest(e.closedAt(), e.disputeDecidedAt());
            case RECEIVED, ASSIGNED, HOLDING_REPLY_SENT, DECLINE_DISPUTED -> Optional.empty();
        };
    }

    /** Whether the text is held and the enquiry was closed for good longer ago than the retention period at {@code now}. */
    public boolean dueForErasure(Closure e, Instant now) {
        return e.bodyErasedAt() == null && closedForGood(e).map(closed -> closed.plus(retention).isBefore(now)).orElse(false);
    }

    /** Enquiries closed at or after this moment are not due yet at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(retention);
    }

    private static Optional<Instant> latest(Instant a, Instant b) {
        return a == null ? Optional.ofNullable(b) : b == null || a.isAfter(b) ? Optional.of(a) : Optional.of(b);
    }
}
