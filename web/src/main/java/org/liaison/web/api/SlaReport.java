package org.liaison.web.api;

import java.time.LocalDate;
import java.util.List;

/**
 * enquiry-service's ENQ-12 report for a period: per group (service area, officer or month), enquiries received,
 * first responses in time, holding replies, overdue, the median working days to a first response and the compliance
 * percentage (null where nothing was due yet).
 */
public record SlaReport(LocalDate from, LocalDate to, String groupBy, List<Row> rows) {

    public SlaReport {
        rows = rows == null ? List.of() : rows;
    }

    public record Row(String group, int received, int answeredInTime, int holdingReplies, int overdue,
            Double medianWorkingDaysToFirstResponse, Double compliancePercent) {
    }
}
