package org.liaison.enquiry.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.liaison.calendar.Nation;

/** The council profile's SLA clock settings (ENQ-1 to ENQ-3). */
@ConfigMapping(prefix = "liaison.sla")
public interface SlaSettings {

    @WithDefault("ENGLAND_AND_WALES")
    Nation nation();

    @WithDefault("5")
    int workingDays();

    @WithDefault("09:00")
    LocalTime officeHoursStart();

    @WithDefault("17:00")
    LocalTime closeOfBusiness();

    @WithDefault("Europe/London")
    ZoneId zone();

    /** A GOV.UK bank-holidays.json to import at start-up. */
    Optional<Path> bankHolidaysFile();

    /**
     * Where to fetch GOV.UK's bank-holidays.json (https://www.gov.uk/bank-holidays.json), at start-up and then every
     * {@link #bankHolidaysRefresh()}, so one-off holidays announced later reach the clock without anyone acting.
     */
    Optional<java.net.URI> bankHolidaysUrl();

    @WithDefault("24h")
    java.time.Duration bankHolidaysRefresh();
}
