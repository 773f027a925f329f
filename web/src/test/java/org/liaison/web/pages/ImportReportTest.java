package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Problem;

class ImportReportTest {

    @Test
    void each_bad_cell_is_shown_against_its_line_in_file_order_and_linked_from_the_summary() {
        Problem refused = new Problem("about:blank", "Unprocessable Content", 422,
                "2 problem(s) in the wards file; nothing was imported.", null, List.of(
                        new Problem.FieldError("name", "is required", 4),
                        new Problem.FieldError("code", "must match \"E0[0-9]{7}\"", 2)));

        ImportReport report = ImportReport.from(refused, "file");

        assertEquals(List.of(new ImportReport.RowError("row-error-1", 2, "code", "Must match \"E0[0-9]{7}\""),
                new ImportReport.RowError("row-error-2", 4, "name", "Is required")), report.rows());
        assertEquals("Line 4, column name", report.rows().get(1).where());
        assertEquals(List.of(new FormErrors.Entry("row-error-1", "Line 2, column code: code must match \"E0[0-9]{7}\""),
                new FormErrors.Entry("row-error-2", "Line 4, column name: name is required")), report.errors().entries());
        assertEquals("#row-error-2", report.errors().entries().get(1).href());
        assertTrue(report.detail().contains("nothing was imported"));
    }

    @Test
    void a_refusal_of_the_whole_file_is_one_error_against_the_file() {
        Problem empty = new Problem("about:blank", "Bad Request", 400, "is empty: send the CSV file, header row first", null,
                List.of(new Problem.FieldError("body", "is empty: send the CSV file, header row first")));

        ImportReport report = ImportReport.from(empty, "file");

        assertTrue(report.rows().isEmpty());
        assertEquals(List.of(new FormErrors.Entry("file", "The file is empty: send the CSV file, header row first")),
                report.errors().entries());
    }

    @Test
    void an_unknown_kind_is_an_error_against_the_kind() {
        Problem kind = new Problem("about:blank", "Bad Request", 400, "must be one of [wards]", null,
                List.of(new Problem.FieldError("kind", "must be one of [wards]")));
        assertEquals(List.of(new FormErrors.Entry("kind", "The kind of record must be one of [wards]")),
                ImportReport.from(kind, "file").errors().entries());
    }
}
