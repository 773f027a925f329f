package org.liaison.directory.committee;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/**
 * Committees give councillors' roles their context; each is published on {@code directory.committees} (its kind
 * decides whether its chair may be quoted in a release, MR-1 and MR-2).
 */
@Path("/committees")
@Authenticated
public class CommitteeResource {

    private final CommitteeService committees;

    CommitteeResource(CommitteeService committees) {
        this.committees = committees;
    }

    @GET
    public Page<Committee.View> list(@BeanParam PageRequest page) {
        return committees.list(page.validated()).map(Committee::view);
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response create(@NotNull @Valid CommitteeRequest request, @Context UriInfo uri) {
        Committee committee = committees.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(committee.code).build()).entity(committee.view()).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Committee.View update(@PathParam("code") String code, @NotNull @Valid CommitteeRequest request) {
        return committees.update(code, request).view();
    }

    /** 204; 409 while a councillor's role names the committee. */
    @DELETE
    @Path("/{code}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response delete(@PathParam("code") String code) {
        committees.delete(code);
        return Response.noContent().build();
    }
}
