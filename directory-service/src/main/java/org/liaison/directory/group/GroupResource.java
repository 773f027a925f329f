package org.liaison.directory.group;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.events.directory.PoliticalGroupRecord;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

@Path("/groups")
@Authenticated
public class GroupResource {

    private final GroupService groups;

    GroupResource(GroupService groups) {
        this.groups = groups;
    }

    @GET
    public Page<PoliticalGroupRecord> list(@BeanParam PageRequest page) {
        return groups.list(page.validated()).map(PoliticalGroup::toRecord);
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    public Response create(@NotNull @Valid GroupRequest request, @Context UriInfo uri) {
        PoliticalGroup group = groups.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(group.code).build()).entity(group.toRecord()).build();
    }
}
