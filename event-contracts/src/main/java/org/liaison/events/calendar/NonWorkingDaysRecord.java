package org.liaison.events.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Full current state of the council's non-working days besides weekends and the rule-based bank holidays, on the
 * compacted {@code calendar.non-working-days}, keyed by {@link #KEY}. Its one owner is enquiry-service (ENQ-2: the
 * GOV.UK imports and the closure days kept at {@code /calendar}); every other service that counts working days keeps
 * a replica, so that a notice, a compliance deadline and an SLA due date never disagree about a day.
 *
 * @param importedBankHolidays the GOV.UK {@code bank-holidays.json} days imported, per nation
 * @param closureDays          the council's closure days
 */
public record NonWorkingDaysRecord(List<BankHoliday> importedBankHolidays, List<ClosureDay> closureDays) {

    /** The topic holds one record: the council's. */
    public static final String KEY = "council";

    /** @param nation ENGLAND_AND_WALES, SCOTLAND or NORTHERN_IRELAND */
    public record BankHoliday(String nation, LocalDate day, String title) {
    }

    public record ClosureDay(LocalDate day, String reason) {
    }
}
