package org.liaison.infrastructure.council;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How people in the council read a time: in the council's zone ({@link CouncilSettings#zone()}, the profile's
 * {@code calendar.zone}), spelt out, with the zone named so that nobody has to guess ("UK time" for Europe/London,
 * otherwise the zone's English name, such as "Eastern Time"). Beans inject {@link CouncilSettings}; static wording
 * helpers and templates that have no bean at hand read the same setting through {@link #zone()}.
 */
public final class CouncilTime {

    private static final DateTimeFormatter SPELT_OUT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final ZoneId UK = ZoneId.of(CouncilSettings.DEFAULT_ZONE);

    private CouncilTime() {
    }

    /** The council's zone as this service is configured ({@code liaison.council.zone}). */
    public static ZoneId zone() {
        return ConfigProvider.getConfig().getOptionalValue("liaison.council.zone", ZoneId.class).orElse(UK);
    }

    /** "UK time", "Eastern Time", "Irish Time": what the council calls its zone in an email. */
    public static String zoneName(ZoneId zone) {
        return zone.getId().equals(UK.getId()) ? "UK time"
                : zone.getDisplayName(TextStyle.FULL, Locale.UK);
    }

    /** "Monday 18 January 2027, 17:00 (UK time)": {@code instant} in {@code zone}, spelt out. */
    public static String spelt(Instant instant, ZoneId zone) {
        return instant == null ? "" : spelt(instant.atZone(zone));
    }

    /** "Monday 18 January 2027, 17:00 (UK time)": a time in its own zone, spelt out. */
    public static String spelt(ZonedDateTime at) {
        return at == null ? "" : at.format(SPELT_OUT) + " (" + zoneName(at.getZone()) + ")";
    }
}
