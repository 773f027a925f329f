package org.liaison.directory.ward;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.liaison.directory.councillor.CouncillorResponse;
import org.liaison.directory.councillor.CouncillorService;
import org.liaison.events.directory.WardRecord;
import org.liaison.infrastructure.auth.Roles;

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
    public List<WardRecord> list() {
        return wards.list().stream().map(Ward::toRecord).toList();
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

    @GET
    @Path("/{code}/councillors")
    public List<CouncillorResponse> councillors(@PathParam("code") String code) {
        wards.get(code);
        return councillors.inWard(code);
    }
}
