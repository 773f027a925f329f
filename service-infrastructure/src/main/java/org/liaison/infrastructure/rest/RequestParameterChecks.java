package org.liaison.infrastructure.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.liaison.infrastructure.problem.Problem;

/**
 * Every query and path parameter of every service is single-line text of at most {@link TextInput#MAX_PARAMETER}
 * characters, without NUL or another control character (issue 11 item 4; docs/input-limits.md): a 400 before a
 * resource sees it, so no such value reaches a query of the database.
 */
public class RequestParameterChecks {

    @ServerRequestFilter
    public Response refuseUnreadableParameters(UriInfo uri) {
        Optional<Problem> problem = problem(uri.getPathParameters(), "path").or(() -> problem(uri.getQueryParameters(), "query"));
        return problem.map(Problem::toResponse).orElse(null);
    }

    static Optional<Problem> problem(MultivaluedMap<String, String> parameters, String where) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Optional<String> refusal = TextInput.refusal(name, TextInput.Shape.SINGLE_LINE, TextInput.MAX_PARAMETER);
            for (String value : parameter.getValue()) {
                refusal = refusal.or(() -> TextInput.refusal(value, TextInput.Shape.SINGLE_LINE, TextInput.MAX_PARAMETER));
            }
            if (refusal.isPresent()) {
                String field = TextInput.refusal(name, TextInput.Shape.SINGLE_LINE, 100).isPresent() ? "(a " + where + " parameter)" : name;
                String message = refusal.get();
                return Optional.of(new Problem("about:blank", "Bad Request", 400,
                        "The " + where + " parameter " + field + " " + message + ".", null, List.of(new Problem.FieldError(field, message))));
            }
        }
        return Optional.empty();
    }
}
