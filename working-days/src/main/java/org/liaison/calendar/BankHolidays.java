package org.liaison.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank holidays of each UK nation: the rules Jollyday maintains (substitute days included), plus
 * holidays added later from GOV.UK's published list (one-off holidays announced after a release). Added
 * holidays take precedence for their date.
 */
public final class BankHolidays {

    private static final HolidayManager UK = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));

    private final Map<Nation, Map<LocalDate, String>> added;
    private final Map<String, Map<LocalDate, String>> byNationAndYear = new ConcurrentHashMap<>();

    /** {@code added}: holidays beyond the rules, e.g. from GOV.UK's bank-holidays.json. */
    public BankHolidays(Map<Nation, Map<LocalDate, String>> added) {
        this.added = Map.copyOf(added);
    }

    public static BankHolidays fromRules() {
        return new BankHolidays(Map.of());
    }

    /** The holiday's name if {@code date} is a bank holiday in {@code nation}. */
    public Optional<String> on(Nation nation, LocalDate date) {
        String extra = added.getOrDefault(nation, Map.of()).get(date);
        if (extra != null) {
            return Optional.of(extra);
        }
        return Optional.ofNullable(ofYear(nation, date.getYear()).get(date));
    }

    private Map<LocalDate, String> ofYear(Nation nation, int year) {
        return byNationAndYear.computeIfAbsent(nation + "-" + year, key -> {
            Map<LocalDate, String> holidays = new TreeMap<>();
            for (Holiday holiday : UK.getHolidays(Year.of(year), nation.jollydayRegion())) {
                holidays.put(holiday.getDate(), holiday.getObservedDate().isPresent()
                        ? holiday.getDescription() + " (substitute day)" : holiday.getDescription());
            }
            return holidays;
        });
    }
}
