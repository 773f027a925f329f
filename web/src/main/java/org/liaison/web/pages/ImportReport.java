package org.liaison.web.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.liaison.web.api.Problem;

/**
 * directory-service's refusal of a CSV file (DIR-7), as the import page shows it: each bad cell against the line of the
 * file it is on, in file order, for the table, and the same as the GOV.UK error summary's entries, each linking to its
 * row of the table. A refusal of the whole file (no column, unreadable CSV) is one entry against {@code fileField}.
 */
public record ImportReport(String detail, List<RowError> rows, FormErrors errors) {

    /** One bad cell: its line in the file (the header is line 1), its column (null for the whole row) and what is wrong. */
    public record RowError(String id, Integer line, String column, String message) {
        public String where() {
            return (line == null ? "" : "Line " + line) + (column == null ? "" : (line == null ? "Column " : ", column ") + column);
        }
    }

    static final ImportReport NONE = new ImportReport(null, List.of(), FormErrors.NONE);

    static ImportReport from(Problem problem, String fileField) {
        List<Problem.FieldError> byLine = new ArrayList<>(problem.errors());
        byLine.sort(Comparator.comparing(Problem.FieldError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (byLine.stream().allMatch(e -> e.line() == null)) {
            // not about rows: the file as a whole (empty, not CSV) or the kind asked for
            String message = byLine.isEmpty() ? (problem.detail() == null ? problem.title() : problem.detail())
                    : String.join("; ", byLine.stream().map(ImportReport::describe).toList());
            String field = byLine.size() == 1 && "kind".equals(byLine.get(0).field()) ? "kind" : fileField;
            return new ImportReport(null, List.of(), new FormErrors(List.of(new FormErrors.Entry(field, sentence(message)))));
        }
        List<RowError> rows = new ArrayList<>();
        List<FormErrors.Entry> entries = new ArrayList<>();
        for (int i = 0; i < byLine.size(); i++) {
            Problem.FieldError error = byLine.get(i);
            RowError row = new RowError("row-error-" + (i + 1), error.line(), error.field(), sentence(error.message()));
            rows.add(row);
            entries.add(new FormErrors.Entry(row.id(), row.where() + ": " + (error.field() == null ? row.message()
                    : error.field() + " " + error.message())));
        }
        return new ImportReport(problem.detail(), rows, new FormErrors(entries));
    }

    /** "body is empty: …" as "The file is empty: …"; another field by its name. */
    private static String describe(Problem.FieldError error) {
        String field = error.field() == null ? "" : switch (error.field()) {
            case "body" -> "The file ";
            case "kind" -> "The kind of record ";
            default -> error.field() + " ";
        };
        return field + error.message();
    }

    private static String sentence(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
