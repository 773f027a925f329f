package org.liaison.directory.ward;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.directory.councillor.CouncillorResponse;
import org.liaison.directory.councillor.CouncillorSearch;
import org.liaison.directory.councillor.CouncillorService;
import org.liaison.events.directory.WardRecord;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@Path("/wards")
@Authenticated
public class WardResource {

    private final WardService wards;
    private final CouncillorService councillors;

    WardResource(WardService wards, CouncillorService councillors) {
        this.wards = wards;
        this.councillors = councillors;
    }

    @GET
    public Page<WardRecord> list(@BeanParam PageRequest page) {
        return wards.list(page.validated()).map(Ward::toRecord);
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response create(@NotNull @Valid WardRequest request, @Context UriInfo uri) {
        Ward ward = wards.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(ward.code).build()).entity(ward.toRecord()).build();
    }

    @GET
    @Path("/{code}")
    public WardRecord get(@PathParam("code") String code) {
        return wards.get(code).toRecord();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public WardRecord update(@PathParam("code") String code, @NotNull @Valid WardRequest request) {
        return wards.update(code, request).toRecord();
    }

    @GET
    @Path("/{code}/councillors")
    public Page<CouncillorResponse> councillors(@PathParam("code") String code, @BeanParam PageRequest page) {
        wards.get(code);
        return councillors.search(new CouncillorSearch(code, null, null), page.validated());
    }
}
