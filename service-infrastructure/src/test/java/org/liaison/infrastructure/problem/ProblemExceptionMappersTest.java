package org.liaison.infrastructure.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.DateTimeException;
import org.junit.jupiter.api.Test;

/** What still surfaces deep inside is bad input, not our fault: a 400, never a 500 (issue 11 item 4). */
class ProblemExceptionMappersTest {

    private final ProblemExceptionMappers mappers = new ProblemExceptionMappers();

    @Test
    void date_arithmetic_overflow_and_postgresql_data_exceptions_are_a_400() {
        assertEquals(400, mappers.unexpected(new RuntimeException(new DateTimeException("year out of range"))).getStatus());
        assertEquals(400, mappers.unexpected(new IllegalStateException(new ArithmeticException("long overflow"))).getStatus());
        assertEquals(400, mappers.unexpected(new RuntimeException("tx",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))).getStatus());
        assertEquals(400, mappers.unexpected(new RuntimeException(new SQLException("value too long", "22001"))).getStatus());
    }

    @Test
    void other_failures_stay_a_500() {
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug")).getStatus());
        assertEquals(500, mappers.unexpected(new RuntimeException(new SQLException("connection refused", "08001"))).getStatus());
        assertTrue(ProblemExceptionMappers.outOfRange(new RuntimeException("no cause")).isEmpty());
    }
}
