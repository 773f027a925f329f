package org.liaison.infrastructure.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Thrown by services to answer with a problem+json response instead of a result. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, detail));
    }

    public static ProblemException conflict(String ruleId, String detail) {
        return new ProblemException(new Problem("about:blank", "Conflict", 409, detail, ruleId, List.of()));
    }

    /** A conflict about one field, e.g. an email already in use. */
    public static ProblemException conflict(String ruleId, String field, String detail) {
        return new ProblemException(new Problem("about:blank", "Conflict", 409, detail, ruleId,
                List.of(new Problem.FieldError(field, detail))));
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(new Problem("about:blank", "Bad Request", 400, message, null,
                List.of(new Problem.FieldError(field, message))));
    }
}
