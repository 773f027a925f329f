package org.liaison.directory.imports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.liaison.infrastructure.problem.Problem;

/**
 * One CSV line being read into a request. Every value that cannot be read is recorded against its line
 * and column, and reading goes on, so one import reports every bad cell at once.
 */
final class CsvRow {

    /** Separates the values of a list inside one cell, e.g. {@code E05000001;E05000002}. */
    static final String LIST_SEPARATOR = ";";

    private final CSVRecord record;
    private final long line;
    private final List<Problem.FieldError> errors;

    CsvRow(CSVRecord record, List<Problem.FieldError> errors) {
        this.record = record;
        this.line = record.getRecordNumber() + 1; // line 1 is the header
        this.errors = errors;
    }

    long line() {
        return line;
    }

    void error(String column, String message) {
        errors.add(new Problem.FieldError(column, message, (int) line));
    }

    /** True if the file has this column at all (an absent column leaves the stored value alone). */
    boolean has(String column) {
        return record.isMapped(column);
    }

    /** The trimmed cell, or null when empty or when the file has no such column. */
    String text(String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).strip();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            error(column, "is required");
        }
        return value;
    }

    List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    LocalDate date(String column) {
        return parse(column, text(column), LocalDate::parse, "a date such as 2026-05-14");
    }

    LocalTime time(String column) {
        return parse(column, text(column), LocalTime::parse, "a time such as 09:00");
    }

    Boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y" -> true;
            case "false", "no", "n" -> false;
            default -> {
                error(column, "must be true or false, not '" + value + "'");
                yield null;
            }
        };
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type) {
        return enumOf(column, text(column), type);
    }

    <E extends Enum<E>> List<E> enumList(String column, Class<E> type) {
        List<E> values = new ArrayList<>();
        for (String item : list(column)) {
            E value = enumOf(column, item, type);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    List<DayOfWeek> days(String column) {
        return enumList(column, DayOfWeek.class);
    }

    <E extends Enum<E>> E enumOf(String column, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            error(column, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    <T> T parse(String column, String value, Function<String, T> parser, String expected) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            error(column, "'" + value + "' is not " + expected);
            return null;
        }
    }
}
