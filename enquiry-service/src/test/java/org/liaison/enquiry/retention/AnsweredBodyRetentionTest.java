package org.liaison.enquiry.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.liaison.enquiry.intake.Enquiry.Status;
import org.liaison.enquiry.retention.AnsweredBodyRetention.Closure;

/** Whether an enquiry's text is due for erasure under the retention period: plain data, no Quarkus. */
class AnsweredBodyRetentionTest {

    private static final Instant CLOSED = Instant.parse("2025-03-04T10:00:00Z");
    private final AnsweredBodyRetention retention = new AnsweredBodyRetention(Duration.ofDays(730));

    private static Closure closure(Status status, Instant answeredAt, Instant closedAt, Instant disputeDecidedAt) {
        return new Closure(status, answeredAt, closedAt, disputeDecidedAt, null);
    }

    @Test
    void an_answered_enquiry_is_due_only_once_the_retention_period_has_passed_since_the_answer() {
        Closure answered = closure(Status.ANSWERED, CLOSED, null, null);
        assertFalse(retention.dueForErasure(answered, CLOSED.plus(Duration.ofDays(729))));
        assertFalse(retention.dueForErasure(answered, CLOSED.plus(Duration.ofDays(730))), "longer ago than the period, not as long");
        assertTrue(retention.dueForErasure(answered, CLOSED.plus(Duration.ofDays(730)).plusSeconds(1)));
    }

    @Test
    void a_withdrawn_enquiry_counts_from_its_withdrawal_and_a_decline_from_the_decline_or_the_upheld_decision() {
        Instant later = CLOSED.plus(Duration.ofDays(100));
        assertEquals(Optional.of(CLOSED), AnsweredBodyRetention.closedForGood(closure(Status.WITHDRAWN, null, CLOSED, null)));
        assertEquals(Optional.of(CLOSED), AnsweredBodyRetention.closedForGood(closure(Status.DECLINED, null, CLOSED, null)));
        assertEquals(Optional.of(later), AnsweredBodyRetention.closedForGood(closure(Status.DECLINED, null, CLOSED, later)),
                "upheld after a dispute: counted from the chief executive's decision");
        assertFalse(retention.dueForErasure(closure(Status.DECLINED, null, CLOSED, later), CLOSED.plus(Duration.ofDays(731))));
        assertTrue(retention.dueForErasure(closure(Status.WITHDRAWN, null, CLOSED, null), CLOSED.plus(Duration.ofDays(731))));
    }

    @Test
    void an_open_enquiry_or_a_disputed_decline_is_never_due_however_old() {
        Instant muchLater = CLOSED.plus(Duration.ofDays(36500));
        for (Status status : new Status[] {Status.RECEIVED, Status.ASSIGNED, Status.HOLDING_REPLY_SENT, Status.DECLINE_DISPUTED}) {
            assertFalse(retention.dueForErasure(closure(status, null, CLOSED, null), muchLater), status.name());
            assertEquals(Optional.empty(), AnsweredBodyRetention.closedForGood(closure(status, CLOSED, CLOSED, null)), status.name());
        }
    }

    @Test
    void text_already_erased_is_not_due_again() {
        Closure erased = new Closure(Status.ANSWERED, CLOSED, null, null, CLOSED.plus(Duration.ofDays(731)));
        assertFalse(retention.dueForErasure(erased, CLOSED.plus(Duration.ofDays(2000))));
    }

    @Test
    void a_negative_retention_period_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new AnsweredBodyRetention(Duration.ofDays(-1)));
        assertEquals(CLOSED, new AnsweredBodyRetention(Duration.ofDays(730)).cutoff(CLOSED.plus(Duration.ofDays(730))));
    }
}
