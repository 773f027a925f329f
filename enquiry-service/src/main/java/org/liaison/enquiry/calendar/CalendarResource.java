package org.liaison.enquiry.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.calendar.GovUkBankHolidays;
import org.liaison.calendar.Nation;
import org.liaison.calendar.SlaClock;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.RequestDates;

/** The SLA clock, public (ENQ-3), and the lists it is built from, kept by admins (ENQ-2). */
@Path("/calendar")
public class CalendarResource {

    /** Longer than any protocol asks for (ENQ-7 allows at most 120 more working days); bounds the work per request. */
    static final int MAX_WORKING_DAYS = 260;

    private final CouncilCalendar calendar;
    private final DueDateRecalculation recalculation;
    private final SlaSettings sla;
    private final RequestDates dates;

    CalendarResource(CouncilCalendar calendar, DueDateRecalculation recalculation, SlaSettings sla, RequestDates dates) {
        this.calendar = calendar;
        this.recalculation = recalculation;
        this.sla = sla;
        this.dates = dates;
    }

    public record Due(Instant clockStartsAt, Instant dueAt, Nation nation, int workingDays) {
    }

    public record Explanation(Instant receivedAt, Instant clockStartsAt, Instant dueAt, Nation nation, int workingDays,
            List<SlaClock.Day> days) {
    }

    public record ClosureDayRequest(@NotBlank @Size(max = 200) String reason) {
    }

    public record ClosureDayView(LocalDate day, String reason) {
    }

    @GET
    @Path("/due")
    @PermitAll
    @Operation(summary = "When an enquiry received at receivedAt is due (ENQ-3); workingDays defaults to the council profile's")
    public Due due(@QueryParam("receivedAt") String receivedAt, @QueryParam("workingDays") Integer workingDays,
            @QueryParam("nation") String nation) {
        Explanation explanation = explain(receivedAt, workingDays, nation);
        return new Due(explanation.clockStartsAt(), explanation.dueAt(), explanation.nation(), explanation.workingDays());
    }

    @GET
    @Path("/due/explanation")
    @PermitAll
    @Operation(summary = "Explain a due date: day 0, each counted working day and each skipped day with why")
    public Explanation explain(@QueryParam("receivedAt") String receivedAt, @QueryParam("workingDays") Integer workingDays,
            @QueryParam("nation") String nation) {
        if (receivedAt == null || receivedAt.isBlank()) {
            throw ProblemException.badRequest("receivedAt", "is required: an ISO-8601 instant such as 2026-12-21T10:00:00Z");
        }
        Instant received = dates.instant("receivedAt", receivedAt);
        int days = workingDays == null ? sla.workingDays() : workingDays; // P1: the council profile's SLA
        if (days < 0 || days > MAX_WORKING_DAYS) {
            throw ProblemException.badRequest("workingDays", "must be between 0 and " + MAX_WORKING_DAYS);
        }
        Nation chosen = parseNation(nation);
        SlaClock.Deadline deadline = calendar.clock(chosen).due(received, days);
        return new Explanation(received, deadline.clockStartsAt(), deadline.dueAt(), chosen, days, deadline.days());
    }

    @GET
    @Path("/closure-days")
    @PermitAll
    public List<ClosureDayView> closureDays() {
        return ClosureDay.<ClosureDay>listAll(Sort.by("day")).stream().map(c -> new ClosureDayView(c.day, c.reason)).toList();
    }

    @PUT
    @Path("/closure-days/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.MEMBERS_SERVICES})
    public ClosureDayView setClosureDay(@PathParam("day") String day, @NotNull @Valid ClosureDayRequest request) {
        ClosureDayView saved = saveClosureDay(dates.date("day", day), request.reason().strip());
        recalculation.recompute("Council closure day " + saved.day() + " added: " + saved.reason());
        return saved;
    }

    @DELETE
    @Path("/closure-days/{day}")
    @RolesAllowed({Roles.ADMIN, Roles.MEMBERS_SERVICES})
    public Response removeClosureDay(@PathParam("day") String day) {
        boolean removed = deleteClosureDay(dates.date("day", day));
        recalculation.recompute("Council closure day " + day + " removed");
        if (!removed) {
            throw ProblemException.notFound(day + " is not a closure day.");
        }
        return Response.noContent().build();
    }

    @POST
    @Path("/bank-holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Upload GOV.UK's bank-holidays.json; replaces the imported holidays of each division it holds")
    public Map<Nation, Integer> importBankHolidays(JsonNode govUkJson) {
        Map<Nation, Map<LocalDate, String>> holidays;
        try {
            holidays = GovUkBankHolidays.parse(govUkJson);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("body", e.getMessage());
        }
        Map<Nation, Integer> counts = calendar.replaceImportedBankHolidays(holidays);
        recalculation.recompute("Bank holidays imported from GOV.UK: " + counts);
        return counts;
    }

    @Transactional
    ClosureDayView saveClosureDay(LocalDate day, String reason) {
        ClosureDay closure = ClosureDay.findById(day);
        if (closure == null) {
            closure = new ClosureDay();
            closure.day = day;
        }
        closure.reason = reason;
        closure.persist();
        calendar.publishNonWorkingDays();
        return new ClosureDayView(day, reason);
    }

    @Transactional
    boolean deleteClosureDay(LocalDate day) {
        boolean removed = ClosureDay.deleteById(day);
        if (removed) {
            calendar.publishNonWorkingDays();
        }
        return removed;
    }

    private Nation parseNation(String nation) {
        if (nation == null || nation.isBlank()) {
            return calendar.defaultNation();
        }
        try {
            return Nation.valueOf(nation.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("nation", "must be one of " + Arrays.toString(Nation.values()));
        }
    }

}
