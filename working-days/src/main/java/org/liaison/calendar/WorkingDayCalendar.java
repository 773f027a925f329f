package org.liaison.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * ENQ-2: a working day is Monday to Friday, except the bank holidays of the configured nation and the
 * council's closure days.
 */
public final class WorkingDayCalendar {

    private final Nation nation;
    private final BankHolidays bankHolidays;
    private final Map<LocalDate, String> closureDays;

    public WorkingDayCalendar(Nation nation, BankHolidays bankHolidays, Map<LocalDate, String> closureDays) {
        this.nation = nation;
        this.bankHolidays = bankHolidays;
        this.closureDays = Map.copyOf(closureDays);
    }

    public Nation nation() {
        return nation;
    }

    /** Empty for a working day; otherwise why not. */
    public Optional<NonWorkingDay> whyNotWorking(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.of(new NonWorkingDay(date, NonWorkingDay.Reason.WEEKEND, day == DayOfWeek.SATURDAY ? "Saturday" : "Sunday"));
        }
        Optional<String> holiday = bankHolidays.on(nation, date);
        if (holiday.isPresent()) {
            return Optional.of(new NonWorkingDay(date, NonWorkingDay.Reason.BANK_HOLIDAY, holiday.get()));
        }
        String closure = closureDays.get(date);
        if (closure != null) {
            return Optional.of(new NonWorkingDay(date, NonWorkingDay.Reason.CLOSURE_DAY, closure));
        }
        return Optional.empty();
    }

    public boolean isWorkingDay(LocalDate date) {
        return whyNotWorking(date).isEmpty();
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The working day {@code n} working days before {@code date} (n = 0 gives date itself). */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        LocalDate day = date;
        for (int counted = 0; counted < n; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Clear working days between two dates: those strictly after {@code from} and strictly before {@code to}, as
     * local-government notice periods are counted (NTF-1).
     */
    public int clearWorkingDaysBetween(LocalDate from, LocalDate to) {
        int clear = 0;
        for (LocalDate day = from.plusDays(1); day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                clear++;
            }
        }
        return clear;
    }

    /** The {@code n}-th working day after {@code day0} (n = 0 gives day0 itself). */
    public LocalDate plusWorkingDays(LocalDate day0, int n) {
        LocalDate date = day0;
        for (int counted = 0; counted < n; counted++) {
            date = nextWorkingDay(date);
        }
        return date;
    }
}
