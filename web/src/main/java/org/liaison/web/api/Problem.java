package org.liaison.web.api;

import java.util.List;

/**
 * RFC 9457 problem details as the services answer them: {@code errors} name the offending fields of a 400 (and, for a
 * CSV import, the line of the file each is on).
 */
public record Problem(String type, String title, int status, String detail, String ruleId, List<FieldError> errors) {

    public Problem {
        errors = errors == null ? List.of() : errors;
    }

    public record FieldError(String field, String message, Integer line) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }
}
