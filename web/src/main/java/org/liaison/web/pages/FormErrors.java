package org.liaison.web.pages;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.liaison.web.api.Problem;

/**
 * What a service said was wrong with a form, in the GOV.UK error summary pattern: one entry per field it named (shown
 * beside that field too), and entries without a field for a refusal of the whole request (a protocol rule, a conflict).
 */
public record FormErrors(List<Entry> entries) {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** {@code field} is null for a refusal of the whole request; {@code href} then is null too. */
    public record Entry(String field, String message) {
        public String href() {
            return field == null ? null : "#" + field;
        }
    }

    public static final FormErrors NONE = new FormErrors(List.of());

    /** The same errors with {@code field} named {@code as} (null: unchanged), where the page's id differs from the API's name. */
    public FormErrors renamed(String field, String as) {
        if (field == null) {
            return this;
        }
        return new FormErrors(entries.stream().map(e -> field.equals(e.field()) ? new Entry(as, e.message()) : e).toList());
    }

    public boolean any() {
        return !entries.isEmpty();
    }

    public boolean has(String field) {
        return entries.stream().anyMatch(e -> field.equals(e.field()));
    }

    /** The message to show beside {@code field}, or an empty string. */
    public String of(String field) {
        return entries.stream().filter(e -> field.equals(e.field())).map(Entry::message).findFirst().orElse("");
    }

    /**
     * A field of a form: the API's name for it, its label, and the instruction shown when it was left empty ("Enter a
     * subject").
     */
    public record Field(String name, String label, String whenMissing) {
    }

    /**
     * The service's problem details, worded for the form's {@code fields} and in their order (the order of the form, as
     * the GOV.UK error summary lists them). A field the form does not show is reported last, without a link.
     */
    public static FormErrors from(Problem problem, List<Field> fields) {
        List<String> order = fields.stream().map(Field::name).toList();
        List<Entry> entries = new ArrayList<>();
        for (Problem.FieldError error : problem.errors()) {
            Field field = fields.stream().filter(f -> f.name().equals(error.field())).findFirst().orElse(null);
            entries.add(field == null
                    ? new Entry(null, (error.field() == null ? "" : error.field() + " ") + error.message())
                    : new Entry(error.field(), wording(field, error.message())));
        }
        entries.sort(java.util.Comparator.comparingInt(e -> e.field() == null || !order.contains(e.field())
                ? Integer.MAX_VALUE : order.indexOf(e.field())));
        if (entries.isEmpty()) {
            String rule = problem.ruleId() == null ? "" : " (" + problem.ruleId() + ")";
            entries.add(new Entry(null, (problem.detail() == null ? problem.title() : problem.detail()) + rule));
        }
        return new FormErrors(entries);
    }

    /**
     * Bean Validation's "must not be blank" reads as a GOV.UK instruction; a message that names the field already
     * ("service area NOPE is not known") is kept, capitalised; any other follows the field's label ("Subject size must
     * be between 0 and 300").
     */
    static String wording(Field field, String message) {
        if (message == null || List.of("must not be blank", "must not be empty", "must not be null").contains(message)) {
            return field.whenMissing();
        }
        if (message.toLowerCase(java.util.Locale.UK).startsWith(field.label().toLowerCase(java.util.Locale.UK))) {
            return Character.toUpperCase(message.charAt(0)) + message.substring(1);
        }
        return field.label() + " " + message;
    }

    /** The problem details of a service's refusal; a made-up one when it sent none (or none that can be read). */
    public static Problem problemOf(WebApplicationException refusal) {
        int status = refusal.getResponse().getStatus();
        try {
            String body = refusal.getResponse().readEntity(String.class);
            if (body != null && body.trim().startsWith("{")) {
                Problem problem = JSON.readValue(body, Problem.class);
                return new Problem(problem.type(), problem.title(), status, problem.detail(), problem.ruleId(), problem.errors());
            }
        } catch (RuntimeException | java.io.IOException e) {
            // not problem details: fall through to the status alone
        }
        return new Problem("about:blank", refusal.getResponse().getStatusInfo().getReasonPhrase(), status, null, null, List.of());
    }
}
