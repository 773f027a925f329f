package org.liaison.embedded.quarkus;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every operation a running service publishes in its OpenAPI document ({@code /q/openapi}): method, path template, the
 * path parameters it names, the media types of its request body and the raw operation object (parameters, schemas)
 * for tests that need more. The access matrix ({@link AccessMatrixContract}) and input tests are built from it, so an
 * endpoint added to a service is seen by them without anyone listing it.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    /** One operation: {@code GET /enquiries/{id}}. */
    public record Operation(String method, String path, List<String> requestMediaTypes, Map<String, Object> definition) {

        /** "METHOD /path", as the access matrix names it. */
        public String key() {
            return method + " " + path;
        }

        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        public boolean hasBody() {
            return !requestMediaTypes.isEmpty();
        }

        /** The path with each {@code {name}} replaced by {@code values.get(name)}. */
        public String pathWith(Map<String, String> values) {
            Matcher matcher = PATH_PARAMETER.matcher(path);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                String value = values.get(matcher.group(1));
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + matcher.group(1) + "} of " + key());
                }
                matcher.appendReplacement(out, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(out);
            return out.toString();
        }
    }

    private OpenApiOperations() {
    }

    /** The operations of the service under test (RestAssured's base URI), sorted by path then method. */
    public static List<Operation> ofServiceUnderTest() {
        Map<String, Object> document = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        return of(document);
    }

    /** The operations of an OpenAPI 3 document, parsed to maps and lists. */
    @SuppressWarnings("unchecked")
    public static List<Operation> of(Map<String, Object> document) {
        Map<String, Object> paths = (Map<String, Object>) document.getOrDefault("paths", Map.of());
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> definition = (Map<String, Object>) operation;
                Map<String, Object> body = (Map<String, Object>) definition.get("requestBody");
                List<String> mediaTypes = body == null ? List.of()
                        : List.copyOf(((Map<String, Object>) body.getOrDefault("content", Map.of())).keySet());
                operations.add(new Operation(method.toUpperCase(Locale.ROOT), path, mediaTypes, definition));
            }
        }));
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return List.copyOf(operations);
    }
}
