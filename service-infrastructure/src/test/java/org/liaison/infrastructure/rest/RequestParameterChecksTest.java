package org.liaison.infrastructure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;
import org.liaison.infrastructure.problem.Problem;

/** Query and path parameters are single-line, short and free of control characters (issue 11 item 4). */
class RequestParameterChecksTest {

    private static MultivaluedHashMap<String, String> parameter(String name, String value) {
        MultivaluedHashMap<String, String> parameters = new MultivaluedHashMap<>();
        parameters.add(name, value);
        return parameters;
    }

    @Test
    void nul_cr_lf_and_over_long_values_are_a_400_naming_the_parameter() {
        for (String hostile : new String[] {"a\u0000b", "a\r\nb", "x".repeat(TextInput.MAX_PARAMETER + 1)}) {
            Problem problem = RequestParameterChecks.problem(parameter("ward", hostile), "query").orElseThrow();
            assertEquals(400, problem.status());
            assertEquals("ward", problem.errors().get(0).field());
        }
    }

    @Test
    void ordinary_values_pass() {
        assertTrue(RequestParameterChecks.problem(parameter("from", "2027-04-01"), "query").isEmpty());
        assertTrue(RequestParameterChecks.problem(parameter("ward", "E05012345"), "query").isEmpty());
    }
}
