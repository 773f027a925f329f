package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Problem;

class FormErrorsTest {

    private static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("subject", "Subject", "Enter a subject"),
            new FormErrors.Field("serviceAreaCode", "Service area", "Select a service area"),
            new FormErrors.Field("body", "Your enquiry", "Enter your enquiry"));

    @Test
    void field_errors_are_worded_for_the_form_and_listed_in_its_order() {
        Problem problem = new Problem("about:blank", "Bad Request", 400, "The request is not valid", null, List.of(
                new Problem.FieldError("body", "must not be blank"),
                new Problem.FieldError("serviceAreaCode", "service area NOPE is not known"),
                new Problem.FieldError("subject", "size must be between 0 and 300"),
                new Problem.FieldError("officerId", "is not a known field")));

        FormErrors errors = FormErrors.from(problem, FIELDS);

        assertEquals(List.of(
                new FormErrors.Entry("subject", "Subject size must be between 0 and 300"),
                new FormErrors.Entry("serviceAreaCode", "Service area NOPE is not known"),
                new FormErrors.Entry("body", "Enter your enquiry"),
                new FormErrors.Entry(null, "officerId is not a known field")), errors.entries());
        assertEquals("#subject", errors.entries().get(0).href());
        assertEquals(null, errors.entries().get(3).href());
        assertEquals("Enter your enquiry", errors.of("body"));
    }

    @Test
    void a_refusal_of_the_whole_request_is_one_entry_with_its_rule() {
        Problem rule = new Problem("about:blank", "Unprocessable Content", 422,
                "Isla Hart is below service manager and handles no open enquiry of yours.", "ENQ-5", List.of());
        assertEquals(List.of(new FormErrors.Entry(null, "Isla Hart is below service manager and handles no open enquiry of yours. (ENQ-5)")),
                FormErrors.from(rule, FIELDS).entries());
    }
}
