package org.liaison.embedded.quarkus;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.liaison.embedded.DevTokens;
import org.liaison.infrastructure.auth.Roles;

/**
 * Who may call what, as the service's own test: every operation of the service's OpenAPI document
 * ({@link OpenApiOperations}) times every Liaison role and a token with none of them, on the caller's own object and on
 * someone else's where that matters, with the answer expected. An operation of the document that the matrix does not
 * list (a new endpoint) fails the build, as does a row for an operation that no longer exists.
 *
 * <p>A service's test extends it, is annotated {@code @QuarkusTest}, and gives: the matrix as a table
 * ({@link #matrix()}), the objects it acts on ({@link #arrange()}: a value for every path parameter), and who the caller
 * is for each role, on their own object or on another's ({@link #caller}). The table reads:
 *
 * <pre>
 * operation            | councillor               | officer | members-services | comms | chief-executive | monitoring-officer | admin | none
 * GET /enquiries/{id}  | own ok, other 403        | ...
 * </pre>
 *
 * A cell is {@code ok} (the caller is let in: any answer but 401, 403, 405 or a 5xx, and not 404 except for a DELETE,
 * which a caller before may have done), a status code ({@code 403}: refused, as problem+json), or
 * {@code own X, other Y}. Requests carry an empty JSON object where the operation takes a body (so most "ok" answers
 * are 400: the caller got past the access check to input validation), and whatever {@link #headers} adds.
 */
public abstract class AccessMatrixContract {

    /** The column of a valid token with none of Liaison's roles. */
    public static final String NO_LIAISON_ROLE = "none";

    /** Whether the caller acts on their own object (an enquiry they raised or handle) or on someone else's. */
    public enum Whose { OWN, OTHER }

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    /** The expected answers, as the table above. */
    protected abstract String matrix();

    /**
     * Creates the objects the matrix acts on and returns a value for every path parameter of every operation: by its
     * name ({@code id}), or by the path's first segment and its name where two collections use the same name
     * ({@code wards:code}, {@code service-areas:code}).
     */
    protected abstract Map<String, String> arrange();

    /** The directory id of a caller with {@code role} (or {@link #NO_LIAISON_ROLE}) acting on their own or another's object. */
    protected abstract String caller(String role, Whose whose);

    /** Extra headers for an operation (e.g. {@code If-Match}); none by default. */
    protected Map<String, String> headers(OpenApiOperations.Operation operation, Map<String, String> values) {
        return Map.of();
    }

    /** The columns every matrix has, in this order. */
    public static List<String> columns() {
        List<String> columns = new ArrayList<>(Roles.ALL);
        columns.add(NO_LIAISON_ROLE);
        return columns;
    }

    @Test
    void every_operation_of_the_openapi_document_is_in_the_matrix_and_the_matrix_names_no_other() {
        Set<String> published = OpenApiOperations.ofServiceUnderTest().stream().map(OpenApiOperations.Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = new TreeSet<>(AccessTable.parse(matrix()).keySet());
        Set<String> missing = new TreeSet<>(published);
        missing.removeAll(listed);
        Set<String> stale = new TreeSet<>(listed);
        stale.removeAll(published);
        assertTrue(missing.isEmpty() && stale.isEmpty(), "the access matrix must list exactly the service's operations; "
                + "missing: " + missing + "; listed but not published: " + stale);
    }

    @TestFactory
    Stream<DynamicTest> every_role_gets_the_answer_the_matrix_expects() {
        Map<String, Map<String, AccessTable.Cell>> table = AccessTable.parse(matrix());
        Map<String, String> values = arrange();
        List<DynamicTest> tests = new ArrayList<>();
        List<OpenApiOperations.Operation> operations = new ArrayList<>(OpenApiOperations.ofServiceUnderTest());
        // reads first, deletes last: a DELETE a caller is allowed takes the object away
        operations.sort(Comparator.comparing((OpenApiOperations.Operation o) -> switch (o.method()) {
            case "GET" -> 0;
            case "DELETE" -> 2;
            default -> 1;
        }));
        for (OpenApiOperations.Operation operation : operations) {
            Map<String, AccessTable.Cell> row = table.get(operation.key());
            if (row == null) {
                continue; // reported by the test above
            }
            row.forEach((role, cell) -> {
                for (Whose whose : cell.distinguishesOwn() ? List.of(Whose.OWN, Whose.OTHER) : List.of(Whose.OTHER)) {
                    String expected = cell.expected(whose);
                    String name = operation.key() + " as " + role + (cell.distinguishesOwn() ? " (" + whose.name().toLowerCase() + ")" : "")
                            + " -> " + expected;
                    tests.add(DynamicTest.dynamicTest(name, () -> check(operation, role, whose, expected, values)));
                }
            });
        }
        return tests.stream();
    }

    private void check(OpenApiOperations.Operation operation, String role, Whose whose, String expected,
            Map<String, String> values) {
        String subject = caller(role, whose);
        String token = TOKENS.computeIfAbsent(subject + "|" + role, k -> NO_LIAISON_ROLE.equals(role)
                ? DevTokens.mint(subject) : DevTokens.mint(subject, role));
        RequestSpecification request = given().auth().oauth2(token).headers(headers(operation, values));
        if (operation.hasBody()) {
            String mediaType = operation.requestMediaTypes().contains("application/json") ? "application/json"
                    : operation.requestMediaTypes().get(0);
            request = request.contentType(mediaType).body(mediaType.contains("json") ? "{}" : "");
        }
        String firstSegment = operation.path().split("/")[1];
        Map<String, String> forThisPath = new LinkedHashMap<>(values);
        values.forEach((name, value) -> {
            if (name.startsWith(firstSegment + ":")) {
                forThisPath.put(name.substring(firstSegment.length() + 1), value);
            }
        });
        Response response = request.when().request(operation.method(), operation.pathWith(forThisPath));
        int status = response.statusCode();
        String seen = operation.key() + " as " + role + " (" + whose + ") answered " + status + ": " + response.asString();
        if (expected.equals("ok")) {
            boolean refused = status == 401 || status == 403 || status == 405 || status >= 500
                    || (status == 404 && !operation.method().equals("DELETE"));
            if (refused) {
                fail("expected the caller to be let in; " + seen);
            }
            return;
        }
        assertEquals(Integer.parseInt(expected), status, seen);
        if (status >= 400) {
            assertTrue(String.valueOf(response.contentType()).startsWith("application/problem+json"), "not problem+json: " + seen);
        }
    }

    /** The table of {@link #matrix()}: operation → column → cell. */
    static final class AccessTable {

        record Cell(String own, String other) {

            boolean distinguishesOwn() {
                return !own.equals(other);
            }

            String expected(Whose whose) {
                return whose == Whose.OWN ? own : other;
            }

            static Cell parse(String text, String where) {
                String cell = text.trim();
                if (!cell.startsWith("own ")) {
                    return new Cell(outcome(cell, where), outcome(cell, where));
                }
                String[] parts = cell.split(",");
                if (parts.length != 2 || !parts[1].trim().startsWith("other ")) {
                    throw new IllegalArgumentException(where + ": write 'own X, other Y', not '" + cell + "'");
                }
                return new Cell(outcome(parts[0].trim().substring(4), where), outcome(parts[1].trim().substring(6), where));
            }

            private static String outcome(String text, String where) {
                String outcome = text.trim();
                if (!outcome.equals("ok") && !outcome.matches("[1-5][0-9][0-9]")) {
                    throw new IllegalArgumentException(where + ": a cell is 'ok' or a status code, not '" + outcome + "'");
                }
                return outcome;
            }
        }

        static Map<String, Map<String, Cell>> parse(String matrix) {
            List<String[]> rows = matrix.lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#") && !line.matches("\\|?[-| :]+"))
                    .map(AccessTable::cells).toList();
            List<String> header = List.of(rows.get(0));
            List<String> columns = columns();
            if (!header.get(0).equals("operation") || !header.subList(1, header.size()).equals(columns)) {
                throw new IllegalArgumentException("the matrix's header must be: operation | " + String.join(" | ", columns));
            }
            Map<String, Map<String, Cell>> table = new LinkedHashMap<>();
            for (String[] row : rows.subList(1, rows.size())) {
                if (row.length != header.size()) {
                    throw new IllegalArgumentException("row '" + row[0] + "' has " + row.length + " cells, not " + header.size());
                }
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (int i = 1; i < row.length; i++) {
                    cells.put(header.get(i), Cell.parse(row[i], row[0] + " / " + header.get(i)));
                }
                if (table.put(row[0], cells) != null) {
                    throw new IllegalArgumentException("row '" + row[0] + "' is listed twice");
                }
            }
            return table;
        }

        private static String[] cells(String line) {
            String trimmed = line.startsWith("|") ? line.substring(1) : line;
            trimmed = trimmed.endsWith("|") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
            return Stream.of(trimmed.split("\\|", -1)).map(String::trim).toArray(String[]::new);
        }
    }
}
