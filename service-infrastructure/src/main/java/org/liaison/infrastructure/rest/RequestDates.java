package org.liaison.infrastructure.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.infrastructure.problem.ProblemException;

/**
 * Dates a caller sends, read once for every service: parsed, and held to the {@link DateWindow} on today's date (the
 * service's clock, the council's zone). Query and path parameters are read through it; body fields are held to the
 * same window by {@link RequestBodyChecks}.
 */
@ApplicationScoped
public class RequestDates {

    private final Clock clock;
    private final CouncilSettings council;

    RequestDates(Clock clock, CouncilSettings council) {
        this.clock = clock;
        this.council = council;
    }

    /** The window today. */
    public DateWindow window() {
        return DateWindow.on(clock.instant().atZone(council.zone()).toLocalDate());
    }

    /** {@code 2027-04-01} as a date in the window, or 400 naming {@code field}; {@code null} stays {@code null}. */
    public LocalDate date(String field, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + abbreviated(text) + "' is not a date such as 2027-04-01");
        }
        return check(field, date);
    }

    /** An ISO-8601 instant with offset ({@code 2026-12-21T10:00:00Z}) in the window, or 400 naming {@code field}. */
    public Instant instant(String field, String text) {
        if (text == null) {
            return null;
        }
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "'" + abbreviated(text) + "' is not an ISO-8601 instant such as 2026-12-21T10:00:00Z");
        }
        window().refusal(instant).ifPresent(refusal -> {
            throw ProblemException.badRequest(field, refusal);
        });
        return instant;
    }

    public LocalDate check(String field, LocalDate date) {
        window().refusal(date).ifPresent(refusal -> {
            throw ProblemException.badRequest(field, refusal);
        });
        return date;
    }

    private static String abbreviated(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
