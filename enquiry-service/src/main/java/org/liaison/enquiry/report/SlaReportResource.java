package org.liaison.enquiry.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.enquiry.calendar.CouncilCalendar;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.RequestDates;

/**
 * ENQ-12: the SLA report, as JSON or (with {@code Accept: text/csv}) as a spreadsheet, for the period {@code from} to
 * {@code to} (the council's dates, both included); without them, the twelve calendar months up to today.
 */
@Path("/sla/report")
@RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.CHIEF_EXECUTIVE})
public class SlaReportResource {

    private final CouncilCalendar calendar;
    private final CouncilSettings council;
    private final Clock clock;
    private final RequestDates dates;

    SlaReportResource(CouncilCalendar calendar, CouncilSettings council, Clock clock, RequestDates dates) {
        this.calendar = calendar;
        this.council = council;
        this.clock = clock;
        this.dates = dates;
    }

    public record Report(LocalDate from, LocalDate to, String groupBy, List<SlaReport.Row> rows) {
    }

    /** JSON unless the caller asks for {@code text/csv} by name. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy,
            @Context HttpHeaders headers) {
        Report report = json(from, to, groupBy);
        boolean csv = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> "text".equals(type.getType()) && "csv".equals(type.getSubtype()));
        return csv ? Response.ok(csv(report), "text/csv").build() : Response.ok(report, MediaType.APPLICATION_JSON).build();
    }

    Report json(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        // without a period: the twelve calendar months up to today, on the service's clock
        LocalDate end = blank(to) ? clock.instant().atZone(council.zone()).toLocalDate() : dates.date("to", to);
        LocalDate start = blank(from) ? end.withDayOfMonth(1).minusMonths(11) : dates.date("from", from);
        if (end.isBefore(start)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        if (end.isAfter(start.plusYears(5))) {
            throw ProblemException.badRequest("to", "a report covers at most five years");
        }
        SlaReport.GroupBy grouping = grouping(groupBy);
        List<Enquiry> enquiries = Enquiry.list("receivedAt >= ?1 and receivedAt < ?2",
                start.atStartOfDay(council.zone()).toInstant(), end.plusDays(1).atStartOfDay(council.zone()).toInstant());
        return new Report(start, end, groupBy == null ? "serviceArea" : groupBy,
                SlaReport.of(enquiries, grouping, clock.instant(), calendar.clock().calendar(), council.zone()));
    }

    private static String csv(Report report) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(report.groupBy(), "received",
                "answeredInTime", "holdingReplies", "overdue", "medianWorkingDaysToFirstResponse", "compliancePercent").get())) {
            for (SlaReport.Row row : report.rows()) {
                printer.printRecord(row.group(), row.received(), row.answeredInTime(), row.holdingReplies(), row.overdue(),
                        row.medianWorkingDaysToFirstResponse(), row.compliancePercent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static SlaReport.GroupBy grouping(String value) {
        if (value == null || value.isBlank()) {
            return SlaReport.GroupBy.SERVICE_AREA;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "servicearea" -> SlaReport.GroupBy.SERVICE_AREA;
            case "officer" -> SlaReport.GroupBy.OFFICER;
            case "month" -> SlaReport.GroupBy.MONTH;
            default -> throw ProblemException.badRequest("groupBy", "must be serviceArea, officer or month");
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
