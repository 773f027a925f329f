package org.liaison.notify.matter;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.MultiLine;

@Path("/matters")
@Authenticated
public class MatterResource {

    private final MatterService matters;
    private final MatterCompliance compliance;
    private final SecurityIdentity identity;

    MatterResource(MatterService matters, MatterCompliance compliance, SecurityIdentity identity) {
        this.matters = matters;
        this.compliance = compliance;
        this.identity = identity;
    }

    /** HUB-6: every councillor concerned, when they were told, and whether on time, late or missing. */
    @GET
    @Path("/{id}/compliance")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.CHIEF_EXECUTIVE})
    public MatterCompliance.Evidence compliance(@PathParam("id") UUID id) {
        return compliance.of(id);
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response register(@NotNull @Valid MatterRequest request, @Context UriInfo uri) {
        Matter matter = matters.register(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(matter.id.toString()).build())
                .entity(matters.view(matter.id)).build();
    }

    @GET
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.COMMS, Roles.CHIEF_EXECUTIVE})
    public org.liaison.infrastructure.rest.Page<MatterResponse> list(@QueryParam("kind") MatterKind kind,
            @QueryParam("ward") String ward, @QueryParam("status") Matter.Status status,
            @BeanParam org.liaison.infrastructure.rest.PageRequest page) {
        return matters.list(kind, ward, status, page.validated());
    }

    /** NTF-1: change a matter; a public meeting's councillors get an update replacing the calendar event. */
    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public MatterResponse update(@PathParam("id") UUID id, @NotNull @Valid MatterRequest request) {
        return matters.view(matters.update(id, request).id);
    }

    public record CancelRequest(@MultiLine @jakarta.validation.constraints.Size(max = 2000) String reason) {
    }

    /** NTF-1: cancel a matter; a public meeting's councillors get a METHOD:CANCEL removing it from their calendars. */
    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public MatterResponse cancel(@PathParam("id") UUID id, @Valid CancelRequest request) {
        return matters.view(matters.cancel(id, request == null ? null : request.reason()).id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.COMMS, Roles.CHIEF_EXECUTIVE})
    public MatterResponse get(@PathParam("id") UUID id) {
        return matters.view(id);
    }
}
