package org.liaison.embedded.quarkus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * No input breaks a service (issue 11 item 4; docs/input-limits.md): every operation of the service's OpenAPI document
 * ({@link OpenApiOperations}) is sent hostile input, by a caller the access matrix lets in, and must never answer with
 * a 5xx; a 4xx is problem+json; a write that is refused stores nothing (the row count of every table of the service's
 * database, the outbox included, is the same before and after).
 *
 * <p>What is sent: each path and query parameter with NUL, a control character, CR/LF, 10,000 characters, dates at and
 * past the calendar's ends and dates that do not exist, numbers past {@code long} and not numbers; paging past
 * {@code int}; each field of a body (from a valid body, one field at a time, nested fields too) with NUL, control
 * characters, CR/LF, a string longer than its limit, dates out of the window, the wrong JSON type, and for top-level
 * fields an array of 100,000 elements and 10,000 nested arrays; and bodies that are not JSON, empty, truncated or too
 * deeply nested. Everything but CR/LF in a field must be refused (4xx); CR/LF is refused in single-line fields and kept in
 * bodies of text, so for it only "no 5xx, and nothing stored when refused" is required. A read (GET) need only not fail.
 *
 * <p>A service's test extends it, is annotated {@code @QuarkusTest}, and gives the access matrix of its
 * {@code *AccessMatrixTest} ({@link #matrix()}), the objects acted on ({@link #arrange()}, as in the access matrix) and
 * the caller for a role ({@link #caller}); it may give valid bodies where the schema alone does not make one
 * ({@link #validBody}). All requests run in one test method; every failure is collected and reported at the end.
 */
public abstract class HostileInputContract {

    // non-ASCII sent escaped, so that a lone surrogate arrives as one (raw, it could not be encoded as UTF-8)
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    private static final String RAW = "\u0001raw:";
    private static final String LONG = "x".repeat(10_000);
    private static final String HUGE_ARRAY = "[" + String.join(",", Collections.nCopies(100_000, "\"x\"")) + "]";
    private static final String DEEP_NESTING = "[".repeat(10_000) + "]".repeat(10_000);
    private static final int MAX_REPORTED = 60;

    /** Whether a hostile request must be refused, or need only not fail. */
    enum Expect { REFUSED, NO_FAILURE }

    record HostileRequest(String label, String pathAndQuery, String contentType, String body, Expect expect) {
    }

    /** The access matrix of the service ({@code *AccessMatrixTest}), to find a caller who gets past the access check. */
    protected abstract String matrix();

    /** As {@link AccessMatrixContract#arrange()}: a value for every path parameter. */
    protected abstract Map<String, String> arrange();

    /** The directory id of a caller with {@code role}, acting on their own object. */
    protected abstract String caller(String role);

    /** Extra headers for an operation (e.g. {@code If-Match}); none by default. */
    protected Map<String, String> headers(OpenApiOperations.Operation operation, Map<String, String> values) {
        return Map.of();
    }

    /**
     * A valid JSON body for {@code operation}, mutated one field at a time; by default one made from the schema (every
     * property, each with a plausible value). Override where a valid body needs real references.
     */
    protected Object validBody(OpenApiOperations.Operation operation, Map<String, String> values, Map<String, Object> schema) {
        return example(schema, 0);
    }

    @Test
    void hostile_input_to_every_operation_never_yields_a_5xx_and_a_refused_write_stores_nothing_issue_11_item_4() {
        Map<String, String> values = arrange();
        Map<String, Object> document = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Map<String, AccessMatrixContract.AccessTable.Cell>> table = AccessMatrixContract.AccessTable.parse(matrix());
        List<String> failures = new ArrayList<>();
        Map<String, String> tokens = new LinkedHashMap<>();
        int sent = 0;
        try (RowCounts rows = new RowCounts()) {
            Map<String, Long> before = rows.settled();
            for (OpenApiOperations.Operation operation : OpenApiOperations.of(document)) {
                String role = allowedRole(table.get(operation.key()));
                if (role == null) {
                    continue; // nobody may call it: the access matrix covers it
                }
                String token = tokens.computeIfAbsent(role, r -> DevTokens.mint(caller(r), r));
                for (HostileRequest request : requests(operation, values, document)) {
                    sent++;
                    Response response = send(operation, request, token, values);
                    int status = response.statusCode();
                    String seen = operation.key() + " [" + request.label() + "] as " + role + " -> " + status + ": "
                            + abbreviate(response.asString());
                    if (status >= 500) {
                        failures.add("5xx: " + seen);
                    } else if (status >= 400 && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                        failures.add("not problem+json: " + seen);
                    } else if (request.expect() == Expect.REFUSED && status < 400) {
                        failures.add("accepted: " + seen);
                    }
                    if (!operation.method().equals("GET")) {
                        Map<String, Long> after = status < 400 ? rows.settled() : rows.counts();
                        if (status >= 400 && !after.equals(before)) {
                            failures.add("stored although refused (" + changed(before, after) + "): " + seen);
                            after = rows.settled();
                        }
                        before = after;
                    }
                }
            }
        }
        assertTrue(sent > 0, "no hostile request was sent: does the matrix let anyone in?");
        String report = failures.stream().limit(MAX_REPORTED).collect(Collectors.joining("\n"));
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " hostile requests were not handled safely"
                + (failures.size() > MAX_REPORTED ? " (first " + MAX_REPORTED + ")" : "") + ":\n" + report);
    }

    /** admin if let in, else the first role the matrix lets in (on its own object). */
    private static String allowedRole(Map<String, AccessMatrixContract.AccessTable.Cell> row) {
        if (row == null) {
            return null;
        }
        List<String> roles = new ArrayList<>(row.keySet());
        roles.remove(AccessMatrixContract.NO_LIAISON_ROLE);
        roles.sort((a, b) -> Boolean.compare(!a.equals("admin"), !b.equals("admin")));
        for (String role : roles) {
            if (row.get(role).expected(AccessMatrixContract.Whose.OWN).equals("ok")) {
                return role;
            }
        }
        return null;
    }

    private Response send(OpenApiOperations.Operation operation, HostileRequest request, String token, Map<String, String> values) {
        RequestSpecification spec = given()
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false).auth().oauth2(token).headers(headers(operation, values));
        if (request.contentType() != null) {
            spec = spec.contentType(request.contentType()).body(request.body().getBytes(StandardCharsets.UTF_8));
        }
        return spec.when().request(operation.method(), request.pathAndQuery());
    }

    // ---- what is sent

    @SuppressWarnings("unchecked")
    List<HostileRequest> requests(OpenApiOperations.Operation operation, Map<String, String> values, Map<String, Object> document) {
        boolean read = operation.method().equals("GET");
        Map<String, String> pathValues = pathValues(operation, values);
        Map<String, Object> queryDefaults = new LinkedHashMap<>();
        List<Map<String, Object>> query = new ArrayList<>();
        for (Object parameter : (List<Object>) operation.definition().getOrDefault("parameters", List.of())) {
            Map<String, Object> p = (Map<String, Object>) resolve((Map<String, Object>) parameter, document);
            if ("query".equals(p.get("in"))) {
                query.add(p);
            }
        }
        String validBodyText = null;
        Object valid = null;
        String bodyType = null;
        Map<String, Object> bodySchema = Map.of();
        if (operation.hasBody()) {
            bodyType = operation.requestMediaTypes().contains("application/json") ? "application/json" : operation.requestMediaTypes().get(0);
            Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) operation.definition().get("requestBody"))
                    .get("content");
            bodySchema = resolveSchema((Map<String, Object>) ((Map<String, Object>) content.get(bodyType)).getOrDefault("schema", Map.of()), document);
            valid = bodyType.contains("json") ? validBody(operation, values, withDocument(bodySchema, document)) : "";
            validBodyText = bodyType.contains("json") ? json(valid) : "";
        }
        List<HostileRequest> requests = new ArrayList<>();
        String cleanPath = path(operation, pathValues);
        Expect paramExpect = read ? Expect.NO_FAILURE : Expect.REFUSED;
        for (String name : operation.pathParameters()) {
            for (Map.Entry<String, String> hostile : hostileParameterValues().entrySet()) {
                Map<String, String> changed = new LinkedHashMap<>(pathValues);
                changed.put(name, hostile.getValue());
                requests.add(new HostileRequest("path " + name + " = " + hostile.getKey(), path(operation, changed), bodyType,
                        validBodyText, paramExpect));
            }
        }
        for (Map<String, Object> parameter : query) {
            String name = String.valueOf(parameter.get("name"));
            for (Map.Entry<String, String> hostile : hostileParameterValues().entrySet()) {
                requests.add(new HostileRequest("query " + name + " = " + hostile.getKey(),
                        cleanPath + "?" + name + "=" + encode(hostile.getValue()), bodyType, validBodyText, paramExpect));
            }
        }
        List<String> names = query.stream().map(p -> String.valueOf(p.get("name"))).toList();
        if (names.contains("page") && names.contains("size")) {
            for (String paging : List.of("page=4294968&size=500", "page=-1&size=50", "page=0&size=0", "page=0&size=100000",
                    "page=2147483647&size=500")) {
                requests.add(new HostileRequest("paging " + paging, cleanPath + "?" + paging, bodyType, validBodyText, Expect.REFUSED));
            }
        }
        if (operation.hasBody()) {
            // an empty body is a valid request where the body is optional (cancelling a matter without a reason), and
            // the OpenAPI document does not say which bodies are
            for (Map.Entry<String, String> body : hostileBodies(bodyType).entrySet()) {
                Expect expect = body.getKey().equals("empty") ? Expect.NO_FAILURE : Expect.REFUSED;
                requests.add(new HostileRequest("body " + body.getKey(), cleanPath, bodyType, body.getValue(), expect));
            }
            if (bodyType.contains("json")) {
                requests.add(new HostileRequest("body as text/plain", cleanPath, "text/plain", validBodyText, Expect.REFUSED));
                String json = bodyType;
                mutations(valid, bodySchema, document, "", 0, (label, mutated, expect) ->
                        requests.add(new HostileRequest("field " + label, cleanPath, json, json(mutated), expect)));
            }
        }
        return requests;
    }

    static Map<String, String> hostileParameterValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("NUL", "a\u0000b");
        values.put("control character", "a\u0007\u001bb");
        values.put("CR/LF", "a\r\nInjected: b");
        values.put("10,000 characters", LONG);
        values.put("0001-01-01", "0001-01-01");
        values.put("+999999999-12-31", "+999999999-12-31");
        values.put("2026-02-30", "2026-02-30");
        values.put("instant at year 0001", "0001-01-01T00:00:00Z");
        values.put("instant at +999999999", "+999999999-12-31T23:59:59Z");
        values.put("Long.MAX_VALUE", String.valueOf(Long.MAX_VALUE));
        values.put("past long", "99999999999999999999999");
        values.put("-1", "-1");
        values.put("not a number", "twelve");
        values.put("lone surrogate", "a\uD800b");
        return values;
    }

    static Map<String, String> hostileBodies(String mediaType) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("empty", "");
        bodies.put("raw NUL", "\u0000");
        bodies.put("10,000 characters of junk", LONG);
        if (mediaType.contains("json")) {
            bodies.put("not JSON", "<enquiry>hello</enquiry>");
            bodies.put("null", "null");
            bodies.put("an array", "[]");
            bodies.put("a string", "\"x\"");
            bodies.put("truncated", "{\"a\":");
            bodies.put("10,000 nested arrays", DEEP_NESTING);
            bodies.put("10,000 nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
            bodies.put("100,000 elements", HUGE_ARRAY);
            bodies.put("raw NUL in a string", "{\"x\":\"a\u0000b\"}");
        } else {
            bodies.put("control characters", "kind,code,name\n\u0007,\u0000,\u001b\n");
            bodies.put("CR in a cell", "code,name\nX1,\"Ward\rInjected\"\n");
        }
        return bodies;
    }

    interface Mutation {
        void accept(String label, Object body, Expect expect);
    }

    /** Every hostile variant of {@code valid}, one field at a time; {@code depth} 0 is the top level. */
    @SuppressWarnings("unchecked")
    private static void mutations(Object valid, Map<String, Object> schema, Map<String, Object> document, String path, int depth,
            Mutation out) {
        if (!(valid instanceof Map<?, ?> map) || depth > 3) {
            return;
        }
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            String label = path.isEmpty() ? name : path + "." + name;
            Map<String, Object> fieldSchema = resolveSchema((Map<String, Object>) properties.getOrDefault(name, Map.of()), document);
            Object value = map.get(key);
            for (Map.Entry<String, Object[]> hostile : hostileFieldValues(value, fieldSchema, depth == 0).entrySet()) {
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                copy.put(name, hostile.getValue()[0]);
                out.accept(label + " = " + hostile.getKey(), copy, (Expect) hostile.getValue()[1]);
            }
            if (value instanceof Map<?, ?>) {
                mutations(value, fieldSchema, document, label, depth + 1, (l, mutated, expect) -> {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                    copy.put(name, mutated);
                    out.accept(l, copy, expect);
                });
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?>) {
                Map<String, Object> itemSchema = resolveSchema((Map<String, Object>) fieldSchema.getOrDefault("items", Map.of()), document);
                mutations(list.get(0), itemSchema, document, label + "[0]", depth + 1, (l, mutated, expect) -> {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                    List<Object> items = new ArrayList<>((List<Object>) list);
                    items.set(0, mutated);
                    copy.put(name, items);
                    out.accept(l, copy, expect);
                });
            } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
                for (Map.Entry<String, Object[]> hostile : hostileFieldValues(list.get(0),
                        resolveSchema((Map<String, Object>) fieldSchema.getOrDefault("items", Map.of()), document), false).entrySet()) {
                    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
                    List<Object> items = new ArrayList<>((List<Object>) list);
                    items.set(0, hostile.getValue()[0]);
                    copy.put(name, items);
                    out.accept(label + "[0] = " + hostile.getKey(), copy, (Expect) hostile.getValue()[1]);
                }
            }
        }
    }

    /** Label → {value, what is expected}. */
    private static Map<String, Object[]> hostileFieldValues(Object valid, Map<String, Object> schema, boolean topLevel) {
        Map<String, Object[]> values = new LinkedHashMap<>();
        String type = String.valueOf(schema.getOrDefault("type", ""));
        String format = String.valueOf(schema.getOrDefault("format", ""));
        if (valid instanceof String || type.equals("string")) {
            values.put("NUL", refused("a\u0000b"));
            values.put("control character", refused("a\u0007b"));
            values.put("escape and DEL", refused("a\u001b[2J\u007fb"));
            values.put("lone surrogate", refused("a\uD800b"));
            values.put("CR/LF and quotes", new Object[] {"Ada\r\nBcc: x@example.org \"quoted\"", Expect.NO_FAILURE});
            int maxLength = schema.get("maxLength") instanceof Number n ? n.intValue() : 0;
            values.put("too long", refused(maxLength >= 10_000 ? "x".repeat(maxLength + 1) : LONG));
            values.put("a number", refused(12345));
            values.put("an object", refused(Map.of("a", 1)));
            boolean date = format.equals("date") || (valid instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}"));
            boolean dateTime = format.equals("date-time") || (valid instanceof String s && s.matches("\\d{4}-\\d{2}-\\d{2}T.*"));
            if (date) {
                values.put("0001-01-01", refused("0001-01-01"));
                values.put("+999999999-12-31", refused("+999999999-12-31"));
                values.put("2026-02-30", refused("2026-02-30"));
                values.put("1999-12-31", refused("1999-12-31"));
                values.put("2060-06-01", refused("2060-06-01"));
            }
            if (dateTime) {
                values.put("year 0001", refused("0001-01-01T00:00:00Z"));
                values.put("year +999999999", refused("+999999999-12-31T23:59:59Z"));
                values.put("2026-02-30T10:00Z", refused("2026-02-30T10:00:00Z"));
                values.put("in 2060", refused("2060-06-01T10:00:00Z"));
            }
        } else if (valid instanceof Number || type.equals("integer") || type.equals("number")) {
            values.put("past long", new Object[] {raw("99999999999999999999999999"), Expect.REFUSED});
            values.put("1e400", new Object[] {raw("1e400"), Expect.REFUSED});
            values.put("Long.MAX_VALUE", new Object[] {Long.MAX_VALUE, Expect.NO_FAILURE});
            values.put("-1", new Object[] {-1, Expect.NO_FAILURE});
            values.put("a string", refused("twelve"));
            values.put("an object", refused(Map.of()));
        } else if (valid instanceof Boolean || type.equals("boolean")) {
            values.put("a string", refused("maybe"));
            values.put("an object", refused(Map.of()));
        } else if (valid instanceof List<?> || type.equals("array")) {
            values.put("a string", refused("x"));
            values.put("NUL element", refused(List.of("a\u0000b")));
        } else if (valid instanceof Map<?, ?> || type.equals("object")) {
            values.put("a string", refused("x"));
            values.put("an array", refused(List.of()));
        }
        if (topLevel) {
            values.put("100,000 elements", refused(raw(HUGE_ARRAY)));
            values.put("10,000 nested arrays", refused(raw(DEEP_NESTING)));
        }
        return values;
    }

    private static Object[] refused(Object value) {
        return new Object[] {value, Expect.REFUSED};
    }

    private static String raw(String json) {
        return RAW + json + RAW;
    }

    private static String json(Object body) {
        try {
            String text = JSON.writeValueAsString(body);
            // a raw fragment (huge array, deep nesting, a number past long) stands in a string until here
            while (text.contains("\"" + RAW.replace("\u0001", "\\u0001"))) {
                String marker = "\"" + RAW.replace("\u0001", "\\u0001");
                int start = text.indexOf(marker);
                int end = text.indexOf(RAW.replace("\u0001", "\\u0001") + "\"", start + marker.length());
                String fragment = text.substring(start + marker.length(), end).replace("\\\"", "\"");
                text = text.substring(0, start) + fragment + text.substring(end + marker.length());
            }
            return text;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- valid bodies from the schema

    /** A plausible value for {@code schema}: every property, enums' first value, dates in the window. */
    @SuppressWarnings("unchecked")
    protected static Object example(Map<String, Object> schema, int depth) {
        Map<String, Object> document = (Map<String, Object>) schema.getOrDefault("\u0001document", Map.of());
        Map<String, Object> resolved = resolveSchema(schema, document);
        if (resolved.get("example") != null) {
            return resolved.get("example");
        }
        if (resolved.get("enum") instanceof List<?> options && !options.isEmpty()) {
            return options.get(0);
        }
        String type = String.valueOf(resolved.getOrDefault("type", resolved.containsKey("properties") ? "object" : "string"));
        String format = String.valueOf(resolved.getOrDefault("format", ""));
        switch (type) {
            case "integer", "number":
                return resolved.get("minimum") instanceof Number n ? n : 1;
            case "boolean":
                return false;
            case "array":
                return depth > 3 ? List.of() : List.of(example(withDocument((Map<String, Object>) resolved.getOrDefault("items", Map.of()), document), depth + 1));
            case "object":
                Map<String, Object> body = new LinkedHashMap<>();
                if (depth <= 3) {
                    ((Map<String, Object>) resolved.getOrDefault("properties", Map.of())).forEach((name, property) ->
                            body.put(name, example(withDocument((Map<String, Object>) property, document), depth + 1)));
                }
                return body;
            default:
                return switch (format) {
                    case "date" -> "2031-03-03";
                    case "date-time" -> "2031-03-03T10:00:00Z";
                    case "email" -> "hostile.input@example.org";
                    case "uuid" -> "00000000-0000-0000-0000-000000000000";
                    default -> "Hostile input";
                };
        }
    }

    private static Map<String, Object> withDocument(Map<String, Object> schema, Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(schema);
        copy.put("\u0001document", document);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> object, Map<String, Object> document) {
        Object ref = object.get("$ref");
        if (!(ref instanceof String reference) || !reference.startsWith("#/")) {
            return object;
        }
        Object target = document;
        for (String part : reference.substring(2).split("/")) {
            target = target instanceof Map<?, ?> map ? map.get(part) : null;
        }
        return target instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The schema with {@code $ref} and a single {@code allOf} resolved. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resolveSchema(Map<String, Object> schema, Map<String, Object> document) {
        Map<String, Object> resolved = resolve(schema, document);
        if (resolved.get("allOf") instanceof List<?> all && all.size() == 1 && all.get(0) instanceof Map<?, ?> only) {
            resolved = resolve((Map<String, Object>) only, document);
        }
        return resolved;
    }

    // ---- paths

    private static Map<String, String> pathValues(OpenApiOperations.Operation operation, Map<String, String> values) {
        String firstSegment = operation.path().split("/")[1];
        Map<String, String> forThisPath = new LinkedHashMap<>(values);
        values.forEach((name, value) -> {
            if (name.startsWith(firstSegment + ":")) {
                forThisPath.put(name.substring(firstSegment.length() + 1), value);
            }
        });
        for (String name : operation.pathParameters()) {
            forThisPath.putIfAbsent(name, "unknown");
        }
        return forThisPath;
    }

    private static String path(OpenApiOperations.Operation operation, Map<String, String> values) {
        Map<String, String> encoded = new LinkedHashMap<>();
        values.forEach((name, value) -> encoded.put(name, encode(value)));
        return operation.pathWith(encoded);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }

    private static String changed(Map<String, Long> before, Map<String, Long> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changes.add(table + " " + before.get(table) + " -> " + count);
            }
        });
        return String.join(", ", changes);
    }

    /** The row count of every table of the service's database (the outbox too; Flyway's history left out). */
    static final class RowCounts implements AutoCloseable {

        private final Connection connection;
        private final String query;

        RowCounts() {
            Config config = ConfigProvider.getConfig();
            try {
                connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                        config.getValue("quarkus.datasource.username", String.class),
                        config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                List<String> tables = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                        ResultSet result = statement.executeQuery("select table_schema, table_name from information_schema.tables "
                                + "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') "
                                + "and table_name not like 'flyway%' order by 1, 2")) {
                    while (result.next()) {
                        tables.add("\"" + result.getString(1) + "\".\"" + result.getString(2) + "\"");
                    }
                }
                query = tables.stream().map(t -> "select '" + t.replace("'", "''") + "', count(*) from " + t)
                        .collect(Collectors.joining(" union all "));
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the service's rows", e);
            }
        }

        Map<String, Long> counts() {
            Map<String, Long> counts = new TreeMap<>();
            try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
                while (result.next()) {
                    counts.put(result.getString(1), result.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return counts;
        }

        /**
         * The counts once background work (outbox relay, consumers, mail) has stopped changing them: two readings in a
         * row the same, polled by Awaitility for up to 15 s (the last reading if they never settle).
         */
        Map<String, Long> settled() {
            AtomicReference<Map<String, Long>> last = new AtomicReference<>(counts());
            try {
                Awaitility.await().atMost(Duration.ofSeconds(15)).pollDelay(Duration.ofMillis(300))
                        .pollInterval(Duration.ofMillis(300)).until(() -> last.getAndSet(counts()).equals(last.get()));
            } catch (ConditionTimeoutException stillChanging) {
                // compared as they are: a refused write that stored something still shows
            }
            return last.get();
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a test's own connection; nothing to do
            }
        }
    }
}
