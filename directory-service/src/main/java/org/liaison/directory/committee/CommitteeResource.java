package org.liaison.directory.committee;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/** Committees are directory-internal: they give councillors' roles their context and are not published. */
@Path("/committees")
@Authenticated
public class CommitteeResource {

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Committee.View> list(@BeanParam PageRequest page) {
        var query = Committee.<Committee>findAll(Sort.by("code")).page(page.validated().toPanache());
        return new Page<>(query.list(), page.page, page.size, query.count()).map(Committee::view);
    }

    @POST
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
    @Transactional
    public Response create(@NotNull @Valid CommitteeRequest request, @Context UriInfo uri) {
        if (Committee.findById(request.code()) != null) {
            throw ProblemException.conflict(null, "Committee " + request.code() + " already exists.");
        }
        Committee committee = upsert(request);
        return Response.created(uri.getAbsolutePathBuilder().path(committee.code).build()).entity(committee.view()).build();
    }

    /** Creates or updates by code (used by the CSV import too). */
    @Transactional(Transactional.TxType.MANDATORY)
    public static Committee upsert(CommitteeRequest request) {
        Committee committee = Committee.findById(request.code());
        if (committee == null) {
            committee = new Committee();
            committee.code = request.code();
        }
        committee.name = request.name().strip();
        committee.kind = request.kind();
        committee.persist();
        return committee;
    }
}
