package org.liaison.enquiry.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.liaison.calendar.WorkingDayCalendar;
import org.liaison.enquiry.intake.Enquiry;

/**
 * ENQ-12: per service area, officer or month, how the council kept the five-day promise. "In time" means the
 * first response (holding reply or full reply) came by the original due time; compliance is the share of
 * enquiries in time among those that were due by now or have had a response.
 */
public final class SlaReport {

    public enum GroupBy { SERVICE_AREA, OFFICER, MONTH }

    public record Row(String group, int received, int answeredInTime, int holdingReplies, int overdue,
            Double medianWorkingDaysToFirstResponse, Double compliancePercent) {
    }

    private SlaReport() {
    }

    public static List<Row> of(Collection<Enquiry> enquiries, GroupBy groupBy, Instant now, WorkingDayCalendar calendar, ZoneId zone) {
        Function<Enquiry, String> key = switch (groupBy) {
            case SERVICE_AREA -> e -> e.serviceAreaCode;
            case OFFICER -> e -> e.assignedOfficerId;
            case MONTH -> e -> e.receivedAt.atZone(zone).toLocalDate().withDayOfMonth(1).toString().substring(0, 7);
        };
        Map<String, List<Enquiry>> groups = new TreeMap<>();
        enquiries.forEach(e -> groups.computeIfAbsent(key.apply(e), k -> new ArrayList<>()).add(e));
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, list) -> rows.add(row(group, list, now, calendar, zone)));
        return rows;
    }

    private static Row row(String group, List<Enquiry> enquiries, Instant now, WorkingDayCalendar calendar, ZoneId zone) {
        int answeredInTime = 0;
        int holdingReplies = 0;
        int overdue = 0;
        int inTime = 0;
        int judged = 0;
        List<Integer> daysToFirstResponse = new ArrayList<>();
        for (Enquiry e : enquiries) {
            Instant originalDue = e.originalDueAt != null ? e.originalDueAt : e.dueAt;
            Instant firstResponse = earliest(e.holdingReplyAt, e.answeredAt);
            if (e.holdingReplyAt != null) {
                holdingReplies++;
            }
            if (e.answeredAt != null && !e.answeredAt.isAfter(e.dueAt)) {
                answeredInTime++;
            }
            boolean open = e.status.open();
            if ((open && now.isAfter(e.dueAt)) || (e.answeredAt != null && e.answeredAt.isAfter(e.dueAt))) {
                overdue++;
            }
            if (firstResponse != null || now.isAfter(originalDue)) {
                judged++;
                if (firstResponse != null && !firstResponse.isAfter(originalDue)) {
                    inTime++;
                }
            }
            if (firstResponse != null) {
                daysToFirstResponse.add(workingDaysBetween(e.clockStartsAt.atZone(zone).toLocalDate(),
                        firstResponse.atZone(zone).toLocalDate(), calendar));
            }
        }
        return new Row(group, enquiries.size(), answeredInTime, holdingReplies, overdue, median(daysToFirstResponse),
                judged == 0 ? null : Math.round(1000.0 * inTime / judged) / 10.0);
    }

    static int workingDaysBetween(LocalDate day0, LocalDate responseDay, WorkingDayCalendar calendar) {
        int days = 0;
        for (LocalDate d = day0.plusDays(1); !d.isAfter(responseDay); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                days++;
            }
        }
        return days;
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private static Double median(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Integer> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
