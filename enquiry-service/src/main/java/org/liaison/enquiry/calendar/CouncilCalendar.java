package org.liaison.enquiry.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.SlaClock;
import org.liaison.calendar.WorkingDayCalendar;

/**
 * The council's SLA clock per nation (ENQ-2, ENQ-3): Jollyday's rules, plus GOV.UK holidays imported into
 * the database, plus the council's closure days. Rebuilt whenever either list changes.
 */
@ApplicationScoped
public class CouncilCalendar {


    private final SlaSettings settings;
    private final Map<Nation, SlaClock> clocks = new ConcurrentHashMap<>();

    CouncilCalendar(SlaSettings settings) {
        this.settings = settings;
    }

    public SlaClock clock(Nation nation) {
        return clocks.computeIfAbsent(nation, n -> QuarkusTransaction.joiningExisting().call(() -> build(n)));
    }

    public SlaClock clock() {
        return clock(settings.nation());
    }

    public Nation defaultNation() {
        return settings.nation();
    }

    @Transactional
    public Map<Nation, Integer> replaceImportedBankHolidays(Map<Nation, Map<LocalDate, String>> holidays) {
        Map<Nation, Integer> counts = new EnumMap<>(Nation.class);
        holidays.forEach((nation, dates) -> {
            ImportedBankHoliday.delete("nation", nation);
            dates.forEach((day, title) -> {
                ImportedBankHoliday holiday = new ImportedBankHoliday();
                holiday.nation = nation;
                holiday.day = day;
                holiday.title = title.length() > 200 ? title.substring(0, 200) : title;
                holiday.persist();
            });
            counts.put(nation, dates.size());
        });
        return counts;
    }

    /** Forget the built clocks after a list changed (call once the change has committed). */
    public void changed() {
        clocks.clear();
    }

    private SlaClock build(Nation nation) {
        Map<Nation, Map<LocalDate, String>> imported = new EnumMap<>(Nation.class);
        for (ImportedBankHoliday holiday : ImportedBankHoliday.<ImportedBankHoliday>listAll()) {
            imported.computeIfAbsent(holiday.nation, n -> new TreeMap<>()).put(holiday.day, holiday.title);
        }
        Map<LocalDate, String> closures = new TreeMap<>();
        for (ClosureDay closure : ClosureDay.<ClosureDay>listAll()) {
            closures.put(closure.day, closure.reason);
        }
        return new SlaClock(new WorkingDayCalendar(nation, new BankHolidays(imported), closures),
                settings.officeHoursStart(), settings.closeOfBusiness(), settings.zone());
    }
}
