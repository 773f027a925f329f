package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.Problem;
import org.liaison.web.api.ServiceArea;
import org.liaison.web.api.SlaReport;

/**
 * Members' services' SLA dashboard (ENQ-12): for a period (enquiry-service's default, the last twelve months, unless
 * one is given), compliance by service area and by month as charts with the same figures in tables, the overdue
 * enquiries, and the report as a CSV download. enquiry-service decides who may see it and computes every figure.
 */
@Path("/sla")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class SlaDashboard {

    private static final int OVERDUE_SIZE = 200;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final Set<String> GROUPINGS = Set.of("serviceArea", "month", "officer");

    /** A row of a report table: the group's name as people know it, and the service's figures. */
    public record Row(String name, SlaReport.Row figures) {
        public String compliance() {
            return figures.compliancePercent() == null ? "nothing due yet" : ComplianceChart.percent(figures.compliancePercent());
        }

        public String median() {
            Double median = figures.medianWorkingDaysToFirstResponse();
            return median == null ? "" : String.format(Locale.UK, median == Math.rint(median) ? "%.0f" : "%.1f", median);
        }
    }

    public record OverdueRow(Enquiry enquiry, String serviceArea, String officer) {
    }

    public record Dashboard(SlaReport byArea, List<Row> areas, ComplianceChart areaChart, List<Row> months,
            ComplianceChart monthChart, List<OverdueRow> overdue, long overdueTotal) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(SignedIn.Viewer viewer, Dashboard dashboard, String from, String to,
                FormErrors errors);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;
    private final DirectoryApi directory;
    private final PeopleNames names;

    SlaDashboard(SignedIn signedIn, @RestClient EnquiryApi enquiries, @RestClient DirectoryApi directory,
            PeopleNames names) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
        this.directory = directory;
        this.names = names;
    }

    @GET
    public Response dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        String start = blankToNull(from);
        String end = blankToNull(to);
        SlaReport byArea;
        SlaReport byMonth;
        try {
            byArea = enquiries.slaReport(start, end, "serviceArea");
            byMonth = enquiries.slaReport(start, end, "month");
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() != 400) {
                throw refusal;
            }
            FormErrors errors = FormErrors.from(problem, List.of(new FormErrors.Field("from", "From", "Enter the first day"),
                    new FormErrors.Field("to", "To", "Enter the last day")));
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.dashboard(signedIn.viewer(), null, text(from), text(to), errors).render()).build();
        }
        Map<String, String> areaNames = directory.serviceAreas(500).items().stream()
                .collect(Collectors.toMap(ServiceArea::code, ServiceArea::name, (a, b) -> a));
        List<Row> areas = byArea.rows().stream().map(r -> new Row(areaNames.getOrDefault(r.group(), r.group()), r)).toList();
        List<Row> months = byMonth.rows().stream().map(r -> new Row(monthName(r.group()), r)).toList();
        var overduePage = enquiries.search(null, null, null, true, OVERDUE_SIZE);
        List<OverdueRow> overdue = overduePage.items().stream().sorted(Comparator.comparing(Enquiry::dueAt))
                .map(e -> new OverdueRow(e, areaNames.getOrDefault(e.serviceAreaCode(), e.serviceAreaCode()),
                        names.officer(e.assignedOfficerId())))
                .toList();
        Dashboard dashboard = new Dashboard(byArea, areas,
                ComplianceChart.of("area-chart", "Compliance by service area",
                        areas.stream().map(Row::name).toList(), areas.stream().map(r -> r.figures().compliancePercent()).toList()),
                months,
                ComplianceChart.of("month-chart", "Compliance by month received",
                        months.stream().map(Row::name).toList(), months.stream().map(r -> r.figures().compliancePercent()).toList()),
                overdue, overduePage.total());
        return Response.ok(Templates.dashboard(signedIn.viewer(), dashboard, byArea.from().toString(), byArea.to().toString(),
                FormErrors.NONE).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /** The report as enquiry-service writes it, as a download named after its period and grouping. */
    @GET
    @Path("/report.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy) {
        String grouping = GROUPINGS.contains(groupBy) ? groupBy : "serviceArea";
        String start = blankToNull(from);
        String end = blankToNull(to);
        if (start == null || end == null) { // the service's default period, named so that the file can say it
            SlaReport period = enquiries.slaReport(start, end, grouping);
            start = period.from().toString();
            end = period.to().toString();
        }
        String csv = enquiries.slaReportCsv(start, end, grouping);
        return Response.ok(csv, "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"sla-report-"
                + grouping + "-" + start + "-to-" + end + ".csv\"").build();
    }

    /** "2027-03" as "March 2027". */
    static String monthName(String month) {
        try {
            return MONTH.format(YearMonth.parse(month));
        } catch (DateTimeParseException e) {
            return month;
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
