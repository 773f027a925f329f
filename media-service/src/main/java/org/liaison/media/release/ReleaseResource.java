package org.liaison.media.release;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import io.quarkus.security.identity.SecurityIdentity;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;
import org.liaison.media.rules.DisputeDecider;
import org.liaison.media.rules.MediaSettings;
import org.liaison.media.rules.RuleReport;
import org.liaison.infrastructure.rest.MultiLine;

/**
 * Media releases through their workflow (SPEC §4). Responses carry the version as ETag; changes send If-Match naming
 * it. Who may do what is on each method (docs/access.md): drafts are read by the communications team, the chief
 * executive and members' services only; the communications team writes and moves them; a disagreement about content
 * is raised by the communications team or the chief executive and decided by whoever the council profile names
 * (MR-9, media.release-dispute-decider; {@link DisputeDecider}): the chief executive, or the monitoring officer, who
 * then reads a release while it is disputed, and only then.
 */
@Path("/releases")
@RolesAllowed({Roles.COMMS, Roles.CHIEF_EXECUTIVE, Roles.MEMBERS_SERVICES, Roles.MONITORING_OFFICER})
public class ReleaseResource {

    /** The roles that read every release, whatever its state. */
    private static final List<String> READERS = List.of(Roles.COMMS, Roles.CHIEF_EXECUTIVE, Roles.MEMBERS_SERVICES);

    private final ReleaseWorkflow workflow;
    private final SecurityIdentity identity;
    private final String decider;

    ReleaseResource(ReleaseWorkflow workflow, SecurityIdentity identity, MediaSettings settings) {
        this.workflow = workflow;
        this.identity = identity;
        this.decider = DisputeDecider.roleDeciding(settings.releaseDisputeDecider());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReleaseView(UUID id, int version, String status, String title, String body, List<MediaRelease.Quote> quotes,
            List<MediaRelease.Contact> contacts, MediaRelease.Meeting meeting, List<String> wardCodes, boolean controversial,
            boolean ceremonial, MediaRelease.Purpose purpose, boolean partyNamesAttested, Instant plannedIssueAt,
            RuleReport ruleReport, String createdBy, Instant createdAt, Instant updatedAt, Instant wardsToldAt,
            Instant issuedAt) {
        static ReleaseView of(MediaRelease r) {
            return new ReleaseView(r.id, r.version, r.status.name(), r.title, r.body, r.quotes, r.contacts, r.meeting,
                    r.wardCodes, r.controversial, r.ceremonial, r.purpose, r.partyNamesAttested, r.plannedIssueAt,
                    r.ruleReport, r.createdBy, r.createdAt, r.updatedAt, r.wardsToldAt, r.issuedAt);
        }
    }

    public record Step(@MultiLine @Size(max = 2000) String why, ReleaseWorkflow.Decision decision) {
    }

    public record TransitionView(Instant at, String actor, String role, String from, String to, String why, RuleReport ruleReport) {
    }

    @GET
    public Page<ReleaseView> list(@QueryParam("status") MediaRelease.Status status, @BeanParam PageRequest page) {
        PageRequest valid = page.validated();
        if (!readsEvery()) { // the decider who reads only what is disputed (MR-9)
            if (!identity.hasRole(decider) || (status != null && status != MediaRelease.Status.DISPUTED)) {
                throw forbidden();
            }
            status = MediaRelease.Status.DISPUTED;
        }
        var query = status == null ? MediaRelease.<MediaRelease>findAll(Sort.by("updatedAt").descending())
                : MediaRelease.<MediaRelease>find("status", Sort.by("updatedAt").descending(), status);
        long total = query.count();
        return new Page<>(query.page(valid.toPanache()).list().stream().map(ReleaseView::of).toList(), valid.page, valid.size, total);
    }

    @POST
    @RolesAllowed(Roles.COMMS)
    public Response create(@NotNull @Valid ReleaseRequest request, @Context UriInfo uri) {
        MediaRelease release = workflow.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(release.id.toString()).build())
                .tag(etag(release)).entity(ReleaseView.of(release)).build();
    }

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") UUID id) {
        MediaRelease release = readable(id);
        return Response.ok(ReleaseView.of(release)).tag(etag(release)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.COMMS)
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ReleaseRequest request) {
        MediaRelease release = workflow.update(id, ifMatch, request);
        return Response.ok(ReleaseView.of(release)).tag(etag(release)).build();
    }

    /** The rules a draft not yet saved would meet on submission: the editor's report as the text changes. */
    @POST
    @Path("/check")
    @RolesAllowed(Roles.COMMS)
    public RuleReport checkDraft(@NotNull @Valid ReleaseRequest request) {
        return workflow.check(request);
    }

    /** A dry run of every rule, including those checked at issue. */
    @POST
    @Path("/{id}/check")
    public RuleReport check(@PathParam("id") UUID id) {
        readable(id);
        return workflow.dryRun(id);
    }

    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.COMMS)
    public Response submit(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        return act(id, ifMatch, ReleaseWorkflow.Action.SUBMIT, step);
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.COMMS)
    public Response approve(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        return act(id, ifMatch, ReleaseWorkflow.Action.APPROVE, step);
    }

    @POST
    @Path("/{id}/request-changes")
    @RolesAllowed(Roles.COMMS)
    public Response requestChanges(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        return act(id, ifMatch, ReleaseWorkflow.Action.REQUEST_CHANGES, step);
    }

    /** MR-9: a disagreement about content, raised by the communications team or the chief executive. */
    @POST
    @Path("/{id}/dispute")
    @RolesAllowed({Roles.COMMS, Roles.CHIEF_EXECUTIVE})
    public Response dispute(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        return act(id, ifMatch, ReleaseWorkflow.Action.DISPUTE, step);
    }

    /** MR-9: decided only by the council profile's decider (the chief executive unless it names the monitoring officer). */
    @POST
    @Path("/{id}/decide")
    @RolesAllowed({Roles.CHIEF_EXECUTIVE, Roles.MONITORING_OFFICER})
    public Response decide(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        if (!identity.hasRole(decider)) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN, "A disputed release is decided by the "
                    + decider + " role, as the council profile says (media.release-dispute-decider; MR-9)."));
        }
        return act(id, ifMatch, ReleaseWorkflow.Action.DECIDE, step);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed(Roles.COMMS)
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        return act(id, ifMatch, ReleaseWorkflow.Action.WITHDRAW, step);
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed(Roles.COMMS)
    public Response issue(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid Step step) {
        return act(id, ifMatch, ReleaseWorkflow.Action.ISSUE, step);
    }

    private Response act(UUID id, String ifMatch, ReleaseWorkflow.Action action, Step step) {
        MediaRelease release = workflow.act(id, ifMatch, action, step == null ? null : step.why(),
                step == null ? null : step.decision());
        return Response.ok(ReleaseView.of(release)).tag(etag(release)).build();
    }

    @GET
    @Path("/{id}/history")
    public List<TransitionView> history(@PathParam("id") UUID id) {
        readable(id);
        return ReleaseTransition.<ReleaseTransition>list("releaseId = ?1 order by id", id).stream()
                .map(t -> new TransitionView(t.at, t.actor, t.role, t.fromStatus == null ? null : t.fromStatus.name(),
                        t.toStatus.name(), t.why, t.ruleReport))
                .toList();
    }

    /** Comms, the chief executive and members' services read every release; the decider of disputes, if another. */
    private boolean readsEvery() {
        return READERS.stream().anyMatch(identity::hasRole);
    }

    /** {@code release}, if the caller may read it: every release, or (the decider of disputes) one that is disputed. */
    private MediaRelease readable(UUID id) {
        if (!readsEvery() && !identity.hasRole(decider)) {
            throw forbidden();
        }
        MediaRelease release = workflow.find(id);
        if (readsEvery() || release.status == MediaRelease.Status.DISPUTED) {
            return release;
        }
        throw forbidden();
    }

    private ProblemException forbidden() {
        return new ProblemException(Problem.of(Response.Status.FORBIDDEN, identity.hasRole(decider)
                ? "Releases are read by the communications team, the chief executive and members' services; as the "
                        + "decider of disputed releases (MR-9) you read a release while it is disputed."
                : "Releases are read by the communications team, the chief executive and members' services."));
    }

    private static EntityTag etag(MediaRelease release) {
        return new EntityTag(String.valueOf(release.version));
    }
}
