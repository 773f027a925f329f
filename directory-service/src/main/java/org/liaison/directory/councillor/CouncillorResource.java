package org.liaison.directory.councillor;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@Path("/councillors")
@Authenticated
public class CouncillorResource {

    private final CouncillorService councillors;

    CouncillorResource(CouncillorService councillors) {
        this.councillors = councillors;
    }

    @GET
    public Page<CouncillorResponse> list(@QueryParam("ward") String ward, @QueryParam("role") CouncillorRole.Kind role,
            @QueryParam("group") String group, @BeanParam PageRequest page) {
        return councillors.search(new CouncillorSearch(ward, role, group), page.validated());
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response create(@NotNull @Valid CouncillorRequest request, @Context UriInfo uri) {
        CouncillorResponse created = councillors.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public CouncillorResponse get(@PathParam("id") UUID id) {
        return councillors.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public CouncillorResponse update(@PathParam("id") UUID id, @NotNull @Valid CouncillorRequest request) {
        return councillors.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response delete(@PathParam("id") UUID id) {
        councillors.delete(id);
        return Response.noContent().build();
    }
}
