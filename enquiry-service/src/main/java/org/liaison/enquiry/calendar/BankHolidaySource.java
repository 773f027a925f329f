package org.liaison.enquiry.calendar;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Map;
import org.jboss.logging.Logger;
import org.liaison.calendar.GovUkBankHolidays;
import org.liaison.calendar.Nation;

/**
 * ENQ-2: GOV.UK's bank-holidays.json, from a configured file at start-up and from a configured URL shortly after
 * start and then daily, so that a one-off holiday announced after deployment (Scotland, 15 June 2026) reaches the clock by
 * itself. Each import replaces the imported holidays of the divisions it holds and recomputes the due dates it
 * moves, recording why. A source that cannot be read leaves the last good list in place.
 */
@ApplicationScoped
public class BankHolidaySource {

    private static final Logger LOG = Logger.getLogger(BankHolidaySource.class);
    private static final int TIMEOUT_MILLIS = 15_000;

    private final SlaSettings settings;
    private final CouncilCalendar calendar;
    private final DueDateRecalculation recalculation;

    BankHolidaySource(SlaSettings settings, CouncilCalendar calendar, DueDateRecalculation recalculation) {
        this.settings = settings;
        this.calendar = calendar;
        this.recalculation = recalculation;
    }

    void onStart(@Observes StartupEvent start) {
        settings.bankHolidaysFile().ifPresent(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                apply(GovUkBankHolidays.parse(in), file.toString());
            } catch (IOException | IllegalArgumentException e) {
                LOG.errorf("Could not import bank holidays from %s: %s (the built-in rules still apply)", file, e.getMessage());
            }
        });
    }

    /** Shortly after start (not during it: a slow or unreachable source must not hold the service up), then daily. */
    @Scheduled(every = "${liaison.sla.bank-holidays-refresh:24h}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        refreshFromUrl();
    }

    /** Fetches the configured URL, if any; false if there is none or it could not be read. */
    public boolean refreshFromUrl() {
        return settings.bankHolidaysUrl().map(this::importFrom).orElse(false);
    }

    /** Imports GOV.UK's format from {@code source} (https, http or file); false if it could not be read. */
    public boolean importFrom(URI source) {
        try {
            URLConnection connection = source.toURL().openConnection();
            connection.setConnectTimeout(TIMEOUT_MILLIS);
            connection.setReadTimeout(TIMEOUT_MILLIS);
            connection.setRequestProperty("Accept", "application/json");
            try (InputStream in = connection.getInputStream()) {
                apply(GovUkBankHolidays.parse(in), source.toString());
                return true;
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.errorf("Could not import bank holidays from %s: %s (the last imported list still applies)", source, e.getMessage());
            return false;
        }
    }

    private void apply(Map<Nation, Map<LocalDate, String>> holidays, String source) {
        Map<Nation, Integer> counts = calendar.replaceImportedBankHolidays(holidays);
        int moved = recalculation.recompute("Bank holidays imported from " + source + ": " + counts);
        LOG.infof("Imported GOV.UK bank holidays from %s: %s; %d due dates moved", source, counts, moved);
    }
}
