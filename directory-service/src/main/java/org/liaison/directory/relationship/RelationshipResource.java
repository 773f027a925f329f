package org.liaison.directory.relationship;

import io.quarkus.panache.common.Sort;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.directory.councillor.Councillor;
import org.liaison.directory.officer.Officer;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/**
 * DIR-5: the register of declared relationships. Its details are for the monitoring officer and the chief
 * executive only; other services learn just the councillor–officer pair from {@code directory.conflicts}.
 */
@Path("/relationships")
@RolesAllowed({Roles.MONITORING_OFFICER, Roles.CHIEF_EXECUTIVE})
public class RelationshipResource {

    private final Outbox outbox;

    RelationshipResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @GET
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeclaredRelationship.View> list(@BeanParam PageRequest page) {
        var query = DeclaredRelationship.<DeclaredRelationship>findAll(Sort.by("declaredOn").and("id"))
                .page(page.validated().toPanache());
        return new Page<>(query.list(), page.page, page.size, query.count()).map(DeclaredRelationship::view);
    }

    @POST
    @Transactional
    public Response declare(@NotNull @Valid RelationshipRequest request, @Context UriInfo uri) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        if (Councillor.findById(request.councillorId()) == null) {
            unknown.add(new Problem.FieldError("councillorId", "no councillor has id " + request.councillorId()));
        }
        if (Officer.findById(request.officerId()) == null) {
            unknown.add(new Problem.FieldError("officerId", "no officer has id " + request.officerId()));
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("A relationship is declared between a councillor and an "
                    + "officer who are both in the directory.", unknown));
        }
        DeclaredRelationship relationship = new DeclaredRelationship();
        relationship.id = UUID.randomUUID();
        relationship.councillorId = request.councillorId();
        relationship.officerId = request.officerId();
        relationship.kind = request.kind();
        relationship.declaredOn = request.declaredOn();
        relationship.declaredTo = request.declaredTo().strip();
        relationship.notes = request.notes();
        relationship.persist();
        outbox.publish(Topic.DIRECTORY_CONFLICTS, relationship.id.toString(), EventType.CONFLICT_STATE, relationship.toConflict());
        return Response.created(uri.getAbsolutePathBuilder().path(relationship.id.toString()).build())
                .entity(relationship.view()).build();
    }
}
