package org.liaison.directory.officer;

import org.liaison.directory.access.DirectoryAccess;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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

@Path("/officers")
@Authenticated
public class OfficerResource {

    private final OfficerService officers;

    OfficerResource(OfficerService officers) {
        this.officers = officers;
    }

    @GET
    public Page<OfficerResponse> list(@QueryParam("serviceArea") String serviceArea,
            @QueryParam("seniority") Officer.Seniority seniority,
            @QueryParam("politicallyRestricted") Boolean politicallyRestricted, @BeanParam PageRequest page) {
        return officers.search(new OfficerSearch(serviceArea, seniority, politicallyRestricted), page.validated());
    }

    @POST
    @PermissionsAllowed(DirectoryAccess.CREATE_OFFICER)
    public Response create(@NotNull @Valid OfficerRequest request, @Context UriInfo uri) {
        OfficerResponse created = officers.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public OfficerResponse get(@PathParam("id") UUID id) {
        return officers.get(id);
    }

    @PUT
    @Path("/{id}")
    @PermissionsAllowed(DirectoryAccess.UPDATE_OFFICER)
    public OfficerResponse update(@PathParam("id") UUID id, @NotNull @Valid OfficerRequest request) {
        return officers.update(id, request);
    }
}
