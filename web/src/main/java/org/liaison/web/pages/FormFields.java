package org.liaison.web.pages;

import java.util.List;
import java.util.Map;

/**
 * A form's fields as the browser sent them. Browsers send line breaks as CRLF (HTML's form encoding); the services
 * keep text with LF, as every other client sends it, so text is normalised here, and trimmed.
 */
final class FormFields {

    private FormFields() {
    }

    /** The first value of {@code name}, trimmed with LF line breaks, or an empty string. */
    static String one(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : text(values.get(0));
    }

    /** A typed value trimmed, with LF line breaks; an empty string for none. */
    static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
