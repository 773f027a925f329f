package org.liaison.notify.matter;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.liaison.infrastructure.auth.Roles;

@Path("/matters")
@Authenticated
public class MatterResource {

    private final MatterService matters;
    private final SecurityIdentity identity;

    MatterResource(MatterService matters, SecurityIdentity identity) {
        this.matters = matters;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response register(@NotNull @Valid MatterRequest request, @Context UriInfo uri) {
        Matter matter = matters.register(request, identity.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(matter.id.toString()).build())
                .entity(matters.view(matter.id)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.COMMS, Roles.CHIEF_EXECUTIVE})
    public MatterResponse get(@PathParam("id") UUID id) {
        return matters.view(id);
    }
}
