package org.liaison.enquiry.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The council profile's SLA settings (ENQ-1 to ENQ-3) and where bank holidays come from. The calendar itself (nation,
 * zone, office hours, close of business) is the suite's one {@code liaison.council}
 * ({@link org.liaison.infrastructure.council.CouncilSettings}).
 */
@ConfigMapping(prefix = "liaison.sla")
public interface SlaSettings {

    /** P1: working days to answer an enquiry (council profile: enquiries.response.working-days). */
    @WithDefault("5")
    int workingDays();

    /**
     * P1, ENQ-1: how the protocol states the response time (council profile: enquiries.response.standard), which decides
     * what a late reply must carry ({@link org.liaison.enquiry.handling.LateReply}).
     */
    @WithDefault("WORKING_DAYS")
    org.liaison.enquiry.handling.LateReply.Standard responseStandard();

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
