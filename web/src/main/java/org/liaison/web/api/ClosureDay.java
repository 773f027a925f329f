package org.liaison.web.api;

import java.time.LocalDate;

/** A day the council is closed (ENQ-2), which the SLA clock does not count, as enquiry-service keeps it. */
public record ClosureDay(LocalDate day, String reason) {

    /** {@code PUT /calendar/closure-days/{day}}. */
    public record Reason(String reason) {
    }
}
