package org.liaison.enquiry.calendar;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.liaison.calendar.BankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.SlaClock;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.events.calendar.NonWorkingDaysRecord;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.infrastructure.outbox.Outbox;

/**
 * The council's SLA clock per nation (ENQ-2, ENQ-3): Jollyday's rules, plus GOV.UK holidays imported into
 * the database, plus the council's closure days. Rebuilt whenever either list changes. enquiry-service owns both
 * lists: every change (and each start) publishes them whole on the compacted {@code calendar.non-working-days},
 * through the outbox in the same transaction, for every other service that counts working days.
 */
@ApplicationScoped
public class CouncilCalendar {


    private final CouncilSettings settings;
    private final Outbox outbox;
    private final Map<Nation, SlaClock> clocks = new ConcurrentHashMap<>();

    CouncilCalendar(CouncilSettings settings, Outbox outbox) {
        this.settings = settings;
        this.outbox = outbox;
    }

    /** Publishes the current lists at start, so a replica built before this service's last change still catches up. */
    void onStart(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(this::publishNonWorkingDays);
    }

    /** Call in the transaction that changed either list: the record goes out through the outbox with the change. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publishNonWorkingDays() {
        List<NonWorkingDaysRecord.BankHoliday> imported = ImportedBankHoliday.<ImportedBankHoliday>listAll(
                Sort.by("nation").and("day")).stream()
                .map(h -> new NonWorkingDaysRecord.BankHoliday(h.nation.name(), h.day, h.title)).toList();
        List<NonWorkingDaysRecord.ClosureDay> closures = ClosureDay.<ClosureDay>listAll(Sort.by("day")).stream()
                .map(c -> new NonWorkingDaysRecord.ClosureDay(c.day, c.reason)).toList();
        outbox.publish(Topic.CALENDAR_NON_WORKING_DAYS, NonWorkingDaysRecord.KEY, EventType.NON_WORKING_DAYS_STATE,
                new NonWorkingDaysRecord(imported, closures));
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
        publishNonWorkingDays();
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
