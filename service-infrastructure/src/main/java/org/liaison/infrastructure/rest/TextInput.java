package org.liaison.infrastructure.rest;

import java.util.Optional;

/**
 * What a text value from a caller may hold (issue 11 item 4; docs/input-limits.md). No value may carry NUL or another
 * control character: PostgreSQL refuses NUL, and the others have no meaning in a name, a code or a letter and only help
 * to forge a line of a mail header, a CSV row or an iCalendar property. A single-line value (a name, a title, a code,
 * every query and path parameter) refuses line breaks too; only fields marked {@link MultiLine} (an enquiry's body, a
 * reply, notes) keep CR, LF and TAB.
 */
public final class TextInput {

    /** The longest single-line value a body field may hold unless its own {@code @Size} is smaller. */
    public static final int MAX_SINGLE_LINE = 2_000;
    /** The longest multi-line value a body field may hold unless its own {@code @Size} is smaller. */
    public static final int MAX_MULTI_LINE = 100_000;
    /** The longest query or path parameter value: ids, codes, dates and filters are all far shorter. */
    public static final int MAX_PARAMETER = 500;

    /** Single line (names, titles, codes, parameters) or a body of text (line breaks and tabs kept). */
    public enum Shape { SINGLE_LINE, MULTI_LINE }

    private TextInput() {
    }

    /** Why {@code value} is refused, as the end of a sentence ("must not ..."); empty when it is acceptable. */
    public static Optional<String> refusal(String value, Shape shape, int maxLength) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters long");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029') {
                if (shape == Shape.SINGLE_LINE) {
                    return Optional.of("must be on one line: it may not hold a line break or a tab");
                }
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return Optional.of("must not hold control characters (found U+" + String.format("%04X", (int) c) + ")");
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return Optional.of("must be valid Unicode text (found a lone surrogate)");
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return Optional.of("must be valid Unicode text (found a lone surrogate)");
            }
        }
        return Optional.empty();
    }

    public static Optional<String> refusal(String value, Shape shape) {
        return refusal(value, shape, shape == Shape.SINGLE_LINE ? MAX_SINGLE_LINE : MAX_MULTI_LINE);
    }
}
