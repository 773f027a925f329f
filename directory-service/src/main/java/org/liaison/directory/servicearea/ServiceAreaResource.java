package org.liaison.directory.servicearea;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.events.directory.ServiceAreaRecord;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@Path("/service-areas")
@Authenticated
public class ServiceAreaResource {

    private final ServiceAreaService areas;

    ServiceAreaResource(ServiceAreaService areas) {
        this.areas = areas;
    }

    @GET
    public Page<ServiceAreaRecord> list(@BeanParam PageRequest page) {
        return areas.list(page.validated()).map(ServiceArea::toRecord);
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response create(@NotNull @Valid ServiceAreaRequest request, @Context UriInfo uri) {
        ServiceArea area = areas.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(area.code).build()).entity(area.toRecord()).build();
    }

    @GET
    @Path("/{code}")
    public ServiceAreaRecord get(@PathParam("code") String code) {
        return areas.get(code).toRecord();
    }

    @PUT
    @Path("/{code}")
    @PermissionsAllowed(DirectoryAccess.UPDATE_SERVICE_AREA)
    public ServiceAreaRecord update(@PathParam("code") String code, @NotNull @Valid ServiceAreaRequest request) {
        return areas.update(code, request).toRecord();
    }
}
