package org.liaison.web.pages;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** A GOV.UK date input as typed: day, month and year in three boxes. Whether the date is allowed is the service's call. */
public record DateInput(String day, String month, String year) {

    static final DateInput EMPTY = new DateInput("", "", "");

    boolean blank() {
        return day.isEmpty() && month.isEmpty() && year.isEmpty();
    }

    static DateInput of(LocalDate date) {
        return date == null ? EMPTY
                : new DateInput(String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()),
                        String.valueOf(date.getYear()));
    }

    /** The boxes {@code <prefix>Day}, {@code <prefix>Month} and {@code <prefix>Year} of a form. */
    static DateInput from(Map<String, List<String>> fields, String prefix) {
        return new DateInput(FormFields.one(fields, prefix + "Day"), FormFields.one(fields, prefix + "Month"),
                FormFields.one(fields, prefix + "Year"));
    }

    /**
     * The date typed, or null with the GOV.UK message for what is wrong added to {@code errors} against {@code field}
     * ({@code what} names the date: "The meeting date").
     */
    LocalDate date(String field, String what, List<FormErrors.Entry> errors) {
        if (day.isEmpty() || month.isEmpty() || year.isEmpty()) {
            errors.add(new FormErrors.Entry(field, what + " must include a day, month and year"));
            return null;
        }
        try {
            if (year.length() != 4) {
                throw new DateTimeException("a year has four digits");
            }
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException | DateTimeException e) {
            errors.add(new FormErrors.Entry(field, what + " must be a real date, like 10 6 2027"));
            return null;
        }
    }

    /**
     * A time typed as "9:30" or "09:30", {@code ifEmpty} when nothing was typed, or null with a message against
     * {@code field} ({@code what} names the time: "The planned issue time").
     */
    static LocalTime time(String value, LocalTime ifEmpty, String field, String what, List<FormErrors.Entry> errors) {
        if (value.isEmpty()) {
            return ifEmpty;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeException e) {
            errors.add(new FormErrors.Entry(field, what + " must be a time, like 09:30"));
            return null;
        }
    }
}
