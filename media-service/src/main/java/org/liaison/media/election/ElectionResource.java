package org.liaison.media.election;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;

/** MR-7: pre-election periods, kept by members' services; releases check them on submission, approval and issue. */
@Path("/elections")
@RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
public class ElectionResource {

    public enum Scope { ALL, WARDS }

    public record ElectionRequest(@NotBlank @Size(max = 200) String name, @NotNull LocalDate noticePublishedOn,
            @NotNull LocalDate pollingDay, @NotNull Scope scope, @Size(max = 200) List<@NotBlank @Size(max = 20) String> wardCodes) {
    }

    public record ElectionView(UUID id, String name, LocalDate noticePublishedOn, LocalDate pollingDay, Scope scope,
            List<String> wardCodes) {
        static ElectionView of(ElectionPeriod e) {
            return new ElectionView(e.id, e.name, e.noticePublishedOn, e.pollingDay, e.scopeAll ? Scope.ALL : Scope.WARDS,
                    e.wardCodes);
        }
    }

    @GET
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.COMMS, Roles.CHIEF_EXECUTIVE})
    public List<ElectionView> list() {
        return ElectionPeriod.<ElectionPeriod>list("order by noticePublishedOn desc").stream().map(ElectionView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.COMMS, Roles.CHIEF_EXECUTIVE})
    public ElectionView get(@PathParam("id") UUID id) {
        return ElectionView.of(find(id));
    }

    @POST
    @Transactional
    public Response create(@NotNull @Valid ElectionRequest request, @Context UriInfo uri) {
        ElectionPeriod election = new ElectionPeriod();
        election.id = UUID.randomUUID();
        apply(request, election);
        election.persist();
        return Response.created(uri.getAbsolutePathBuilder().path(election.id.toString()).build())
                .entity(ElectionView.of(election)).build();
    }

    @PUT
    @Path("/{id}")
    @Transactional
    public ElectionView update(@PathParam("id") UUID id, @NotNull @Valid ElectionRequest request) {
        ElectionPeriod election = find(id);
        apply(request, election);
        return ElectionView.of(election);
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    public Response delete(@PathParam("id") UUID id) {
        find(id).delete();
        return Response.noContent().build();
    }

    private static ElectionPeriod find(UUID id) {
        ElectionPeriod election = ElectionPeriod.findById(id);
        if (election == null) {
            throw ProblemException.notFound("There is no election period " + id + ".");
        }
        return election;
    }

    private static void apply(ElectionRequest request, ElectionPeriod election) {
        if (request.pollingDay().isBefore(request.noticePublishedOn())) {
            throw ProblemException.badRequest("pollingDay", "must not be before noticePublishedOn");
        }
        List<String> wards = request.wardCodes() == null ? List.of() : request.wardCodes();
        if (request.scope() == Scope.WARDS && wards.isEmpty()) {
            throw ProblemException.badRequest("wardCodes", "name the wards of a ward election, or use scope ALL");
        }
        org.liaison.media.replica.WardReplica.requireKnown("wardCodes", wards);
        election.name = request.name().strip();
        election.noticePublishedOn = request.noticePublishedOn();
        election.pollingDay = request.pollingDay();
        election.scopeAll = request.scope() == Scope.ALL;
        election.wardCodes = new ArrayList<>(election.scopeAll ? List.of() : wards);
    }
}
