package org.liaison.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.liaison.web.api.Enquiry;

/** How the pages write dates, statuses and categories. Presentation only: the services decide what they mean. */
@TemplateExtension
public final class Formats {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    /** "Monday 18 January 2027, 17:00", London time. */
    static String london(Instant at) {
        return at == null ? "" : LONG.format(at.atZone(LONDON));
    }

    /** "18 Jan 2027, 17:00", London time, for tables. */
    static String londonShort(Instant at) {
        return at == null ? "" : SHORT.format(at.atZone(LONDON));
    }

    static String statusLabel(Enquiry enquiry) {
        return switch (enquiry.status() == null ? "" : enquiry.status()) {
            case "RECEIVED" -> "Received";
            case "ASSIGNED" -> "With the officer";
            case "HOLDING_REPLY_SENT" -> "Holding reply sent";
            case "ANSWERED" -> "Answered";
            case "CLOSED" -> "Closed";
            case "DECLINED" -> "Declined";
            case "WITHDRAWN" -> "Withdrawn";
            default -> String.valueOf(enquiry.status());
        };
    }

    /** The GOV.UK tag colour for the status. */
    static String statusTag(Enquiry enquiry) {
        return switch (enquiry.status() == null ? "" : enquiry.status()) {
            case "ASSIGNED", "RECEIVED" -> "govuk-tag--blue";
            case "HOLDING_REPLY_SENT" -> "govuk-tag--yellow";
            case "ANSWERED", "CLOSED" -> "govuk-tag--green";
            case "DECLINED" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }

    static String categoryLabel(Enquiry enquiry) {
        return categoryLabel(enquiry.category());
    }

    static String categoryLabel(String category) {
        return EnquiryCategory.labelOf(category);
    }
}
