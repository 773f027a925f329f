package org.liaison.notify.matter;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.MultiLine;
import org.liaison.infrastructure.rest.PageRequest;
import org.liaison.notify.access.NotifyAccess;

/**
 * A councillor's own wards' matters: what concerns them, coming ones first, with when they were told (and nothing of
 * anyone else's mail); a meeting as an event for their own calendar (NTF-1); and their views on a consultation they
 * are consulted on (NTF-2). For the councillor, members' services
 * and admins (NotifyAccess).
 */
@Path("/councillors/{councillorId}/matters")
public class CouncillorMatterResource {

    private final CouncillorMatters matters;

    CouncillorMatterResource(CouncillorMatters matters) {
        this.matters = matters;
    }

    /** {@code when}: {@code coming} (starts now or later, soonest first), {@code past} (the last 90 days), or both. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(NotifyAccess.COUNCILLOR_MATTERS)
    public Page<CouncillorMatter> list(@PathParam("councillorId") String councillorId, @QueryParam("when") String when,
            @BeanParam PageRequest page) {
        return matters.of(councillorId, when(when), page.validated());
    }

    /** NTF-1: the matter as an iCalendar file (METHOD:PUBLISH) to add to their own calendar. */
    @GET
    @Path("/{matterId}/calendar")
    @Produces("text/calendar")
    @PermissionsAllowed(NotifyAccess.COUNCILLOR_MATTERS)
    public Response calendar(@PathParam("councillorId") String councillorId, @PathParam("matterId") UUID matterId) {
        CouncillorMatters.Calendar calendar = matters.calendar(councillorId, matterId);
        return Response.ok(calendar.ics(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + calendar.fileName() + "\"").build();
    }

    /** A consulted ward councillor's views on a consultation (NTF-2, P12). */
    public record ViewsRequest(@NotBlank @MultiLine @Size(max = 10000) String views) {
    }

    /**
     * NTF-2 (P12): the councillor's views on a consultation they are consulted on, recorded with it until it closes
     * (given again, they replace the last); members' services may record views a councillor sent them.
     */
    @PUT
    @Path("/{matterId}/views")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @PermissionsAllowed(NotifyAccess.COUNCILLOR_MATTERS)
    public CouncillorMatter views(@PathParam("councillorId") String councillorId, @PathParam("matterId") UUID matterId,
            @NotNull @Valid ViewsRequest request) {
        return matters.giveViews(councillorId, matterId, request.views());
    }

    private static CouncillorMatters.When when(String when) {
        if (when == null || when.isBlank()) {
            return null;
        }
        return switch (when.strip().toLowerCase(Locale.ROOT)) {
            case "coming" -> CouncillorMatters.When.COMING;
            case "past" -> CouncillorMatters.When.PAST;
            default -> throw ProblemException.badRequest("when", "must be coming or past (or left out for both)");
        };
    }
}
