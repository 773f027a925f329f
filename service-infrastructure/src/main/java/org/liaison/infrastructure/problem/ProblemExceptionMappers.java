package org.liaison.infrastructure.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.infrastructure.rest.RefusedInputException;

/**
 * One error mapper for the whole suite: every failure leaves as {@code application/problem+json}.
 * Bad input is a 4xx naming the field; only a genuine fault of ours is a 500, and then without internals.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(err -> err.field() + " " + err.message()).collect(Collectors.joining("; "));
        return new Problem("about:blank", "Bad Request", 400, "The request is not valid: " + detail, null, errors)
                .toResponse();
    }

    // Quarkus ships its own mappers for these two; naming them here makes ours the more specific match.
    @ServerExceptionMapper(priority = 1)
    public Response malformedJson(JsonParseException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mistypedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadableJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? pathOf(mapping) : null;
        String message;
        if (e instanceof RefusedInputException) {
            message = e.getOriginalMessage();
        } else if (e instanceof StreamConstraintsException) {
            message = "The body is nested too deeply or holds too long a value: " + e.getOriginalMessage();
        } else if (e instanceof InvalidFormatException format) {
            message = "has a value that is not a valid " + format.getTargetType().getSimpleName()
                    + (format.getTargetType().isEnum()
                            ? " (allowed: " + Arrays.toString(format.getTargetType().getEnumConstants()) + ")" : "");
        } else if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof JsonMappingException) {
            message = "has the wrong type or shape";
        } else {
            message = "The body is not well-formed JSON: " + e.getOriginalMessage();
        }
        List<Problem.FieldError> errors = field == null || field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = errors.isEmpty() ? message : field + " " + message;
        return new Problem("about:blank", "Bad Request", 400, detail, null, errors).toResponse();
    }

    // Security's own mappers answer 401/403 with an empty body; these make ours the more specific match. They are
    // reached because authentication is not proactive (service-infrastructure's configuration).
    @ServerExceptionMapper(priority = 1)
    public Response tokenRefused(AuthenticationFailedException e) {
        return unauthorized("The bearer token was refused: it is expired, not signed by the council's sign-in provider, "
                + "or not issued for Liaison. Sign in again and send the new token.");
    }

    @ServerExceptionMapper(priority = 1)
    public Response notSignedIn(UnauthorizedException e) {
        return unauthorized("Sign in first: this needs a bearer token from the council's sign-in provider.");
    }

    @ServerExceptionMapper(priority = 1)
    public Response notAllowed(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "Your Liaison role does not allow this.").toResponse();
    }

    private static Response unauthorized(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response original = e.getResponse();
        if (original.hasEntity() && original.getMediaType() != null
                && Problem.MEDIA_TYPE.equals(original.getMediaType().toString())) {
            return original;
        }
        Response.Status status = Response.Status.fromStatusCode(original.getStatus());
        String detail = e.getMessage() == null ? "" : e.getMessage();
        Response.ResponseBuilder builder = Response.fromResponse(original)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", status == null ? "Error" : status.getReasonPhrase(),
                        original.getStatus(), detail, null, List.of()));
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Optional<String> outOfRange = outOfRange(e);
        if (outOfRange.isPresent()) {
            // bad input that got past the checks at the edge: still the caller's to fix, so a 400, never a 500
            LOG.warnf("A request was refused late, by %s; a check at the edge should have caught it", outOfRange.get());
            return Problem.of(Response.Status.BAD_REQUEST, "A value in the request is out of range or not valid text "
                    + "(a date too far from today, a number too large, or a control character); nothing was changed.")
                    .toResponse();
        }
        LOG.error("Unexpected failure while handling a request", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Please try again, and report it if it persists.")
                .toResponse();
    }

    /**
     * What, among the causes of {@code e}, says the input was out of range: date or number arithmetic past its limits,
     * or PostgreSQL's class 22 "data exception" (a NUL byte 22021, a value too long 22001, a date out of range 22008).
     */
    static Optional<String> outOfRange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DateTimeException || cause instanceof ArithmeticException) {
                return Optional.of(cause.getClass().getSimpleName());
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of("SQL state " + sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.arg0.email" -> "email": drop the method and parameter segments
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : path;
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
