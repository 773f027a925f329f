package org.liaison.infrastructure.council;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.time.ZoneId;
import org.liaison.calendar.Nation;

/**
 * The council's one calendar setting for the whole suite (P14 of PROFILES.md), fed from the council profile: every
 * service counts working days and reads "close of business" from here, never from a constant of its own.
 */
@ConfigMapping(prefix = "liaison.council")
public interface CouncilSettings {

    /** The profile in force (its name), as {@link CouncilProfileConfigSourceFactory} set it. */
    @WithDefault("liaison-default")
    String profileName();

    /** Whose bank holidays are not working days (ENQ-2). */
    @WithDefault("ENGLAND_AND_WALES")
    Nation nation();

    /** Liaison's default zone, for a profile that names none. */
    String DEFAULT_ZONE = "Europe/London";

    /**
     * The council's time zone: the day an instant falls on, office hours, digest and quiet-hours times, and every date
     * an email or page shows are read in it ({@link CouncilTime}).
     */
    @WithDefault(DEFAULT_ZONE)
    ZoneId zone();

    /** When the working day starts (the due-soon reminder's time, ENQ-8). */
    @WithDefault("09:00")
    LocalTime officeHoursStart();

    /** When the working day ends (ENQ-3): due times, escalations and compliance deadlines fall here. */
    @WithDefault("17:00")
    LocalTime closeOfBusiness();
}
