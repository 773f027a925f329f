package org.liaison.web.pages;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;
import org.liaison.web.council.CouncilProfileSource;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.Release;

/**
 * How the pages write dates, statuses and categories. Presentation only: the services decide what they mean. Times are
 * shown, and typed times read, in the council's zone: the profile's {@code calendar.zone} ({@code liaison.council.zone},
 * {@link CouncilProfileSource}), the one the services count days in.
 */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    /** The council's zone ({@code liaison.council.zone}). */
    static ZoneId zone() {
        return ConfigProvider.getConfig().getOptionalValue(CouncilProfileSource.ZONE, ZoneId.class)
                .orElseGet(CouncilProfileSource::defaultZone);
    }

    /**
     * "Monday 18 January 2027, 17:00", the council's time. (Named {@code london} when every council was in London; the
     * templates still call it so.)
     */
    static String london(Instant at) {
        return at == null ? "" : LONG.format(at.atZone(zone()));
    }

    /** "18 Jan 2027, 17:00", the council's time, for tables. */
    static String londonShort(Instant at) {
        return at == null ? "" : SHORT.format(at.atZone(zone()));
    }

    static String statusLabel(Enquiry enquiry) {
        return switch (enquiry.status() == null ? "" : enquiry.status()) {
            case "RECEIVED" -> "Received";
            case "ASSIGNED" -> "With the officer";
            case "HOLDING_REPLY_SENT" -> "Holding reply sent";
            case "ANSWERED" -> "Answered";
            case "CLOSED" -> "Closed";
            case "DECLINED" -> "Declined";
            case "DECLINE_DISPUTED" -> "Decline disputed";
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
            case "DECLINE_DISPUTED" -> "govuk-tag--orange";
            default -> "govuk-tag--grey";
        };
    }

    /** "Thursday 10 June 2027". */
    static String longDate(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String statusLabel(Release release) {
        return ReleasePages.Status.of(release.status()).label();
    }

    static String statusTag(Release release) {
        return ReleasePages.Status.of(release.status()).tag();
    }

    /** A release status as a history row shows it ("In review"). */
    static String releaseStatusLabel(String status) {
        return ReleasePages.Status.of(status).label();
    }

    /** What the release page says after a step it took ({@code ?done=approve}). */
    static String stepDone(String step) {
        return switch (step) {
            case "saved" -> "The release was saved.";
            case "submitted", "submit" -> "The release was sent for review.";
            case "approve" -> "The release was approved.";
            case "request-changes" -> "The release went back to its drafter with your request.";
            case "issue" -> "The release was issued.";
            case "withdraw" -> "The release was withdrawn.";
            case "dispute" -> "The release is held until the chief executive decides the dispute.";
            case "decide" -> "Your decision was recorded.";
            default -> "Done.";
        };
    }

    static String categoryLabel(Enquiry enquiry) {
        return categoryLabel(enquiry.category());
    }

    static String categoryLabel(String category) {
        return EnquiryCategory.labelOf(category);
    }

    /** P2, ENQ-5: what kind of issue the councillor said it is (enquiries raised before the question was asked: ordinary). */
    static String significanceLabel(Enquiry enquiry) {
        return EnquirySignificance.labelOf(enquiry.significance() == null ? EnquirySignificance.DEFAULT
                : enquiry.significance());
    }
}
