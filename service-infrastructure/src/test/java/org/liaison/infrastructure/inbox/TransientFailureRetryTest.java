package org.liaison.infrastructure.inbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientFailureRetryTest {

    @Test
    void connection_rollback_resource_and_lock_failures_are_transient_wherever_they_are_in_the_cause_chain() {
        for (String state : new String[] {"08006", "40001", "40P01", "53300", "57P01", "55P03"}) {
            assertTrue(TransientFailureRetry.isTransient(
                    new IllegalStateException("commit failed", new RuntimeException(new SQLException("x", state)))), state);
        }
    }

    @Test
    void bad_data_and_poison_are_not_retried() {
        assertFalse(TransientFailureRetry.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(TransientFailureRetry.isTransient(new PoisonMessage("no ce_id")));
        assertFalse(TransientFailureRetry.isTransient(new IllegalArgumentException("not JSON")));
    }
}
