package org.liaison.directory.relationship;

import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liaison.directory.councillor.Councillor;
import org.liaison.directory.councillor.CouncillorRole;
import org.liaison.directory.officer.Officer;
import org.liaison.directory.servicearea.ServiceArea;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.events.EventType;
import org.liaison.events.Topic;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;

/**
 * DIR-5: the register of declared relationships. The monitoring officer and the chief executive keep it: they declare
 * and read every relationship. The others the council profile says a relationship is told to (its councillor's group
 * leader, its officer's head of service or line manager, ...: {@link RelationshipReaders}) read those relationships
 * only; everyone else sees an empty register. Other services learn just the councillor–officer pair from
 * {@code directory.conflicts}.
 */
@Path("/relationships")
public class RelationshipResource {

    private final Outbox outbox;
    private final RelationshipPolicy policy;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final CouncilSettings council;

    RelationshipResource(Outbox outbox, RelationshipPolicy policy, SecurityIdentity identity, Clock clock,
            CouncilSettings council) {
        this.outbox = outbox;
        this.policy = policy;
        this.identity = identity;
        this.clock = clock;
        this.council = council;
    }

    @GET
    @RolesAllowed({Roles.MONITORING_OFFICER, Roles.CHIEF_EXECUTIVE, Roles.COUNCILLOR, Roles.OFFICER})
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeclaredRelationship.View> list(@BeanParam PageRequest page) {
        PageRequest request = page.validated();
        RelationshipReaders.Caller caller = caller();
        if (caller.keepsTheRegister()) {
            var query = DeclaredRelationship.<DeclaredRelationship>findAll(Sort.by("declaredOn").and("id"))
                    .page(request.toPanache());
            return new Page<>(query.list(), page.page, page.size, query.count()).map(DeclaredRelationship::view);
        }
        List<RelationshipReaders.Reader> told = policy.told();
        List<DeclaredRelationship> readable = !RelationshipReaders.mayReadAny(told, caller) ? List.of()
                : DeclaredRelationship.<DeclaredRelationship>listAll(Sort.by("declaredOn").and("id")).stream()
                        .filter(relationship -> RelationshipReaders.mayRead(told, caller, parties(relationship))).toList();
        long from = Math.min((long) page.page * page.size, readable.size());
        List<DeclaredRelationship> items = readable.subList((int) from, (int) Math.min(from + page.size, readable.size()));
        return new Page<>(items, page.page, page.size, readable.size()).map(DeclaredRelationship::view);
    }

    /** The caller as {@link RelationshipReaders} needs them, from the directory's own records. */
    private RelationshipReaders.Caller caller() {
        boolean keeper = identity.hasRole(Roles.MONITORING_OFFICER) || identity.hasRole(Roles.CHIEF_EXECUTIVE);
        String id = identity.getPrincipal().getName();
        UUID uuid = uuidOrNull(id);
        Officer officer = identity.hasRole(Roles.OFFICER) && uuid != null ? Officer.findById(uuid) : null;
        boolean activeOfficer = officer != null && officer.active();
        Councillor councillor = identity.hasRole(Roles.COUNCILLOR) && uuid != null ? Councillor.findById(uuid) : null;
        boolean serving = councillor != null && councillor.status == Councillor.Status.ACTIVE;
        LocalDate today = LocalDate.ofInstant(clock.instant(), council.zone());
        Set<String> groupsLed = new TreeSet<>();
        boolean leader = false;
        if (serving) {
            for (CouncillorRole role : councillor.roles) {
                if (role.heldOn(today) && role.role == CouncillorRole.Kind.GROUP_LEADER && councillor.groupCode != null) {
                    groupsLed.add(councillor.groupCode);
                }
                leader |= role.heldOn(today) && role.role == CouncillorRole.Kind.LEADER;
            }
        }
        return new RelationshipReaders.Caller(id, keeper, activeOfficer, activeOfficer ? officer.seniority.name() : null,
                activeOfficer ? officer.statutoryRoles.stream().map(Enum::name).collect(Collectors.toSet()) : Set.of(),
                serving, groupsLed, leader);
    }

    private static RelationshipReaders.Parties parties(DeclaredRelationship relationship) {
        Councillor councillor = Councillor.findById(relationship.councillorId);
        Officer officer = Officer.findById(relationship.officerId);
        Set<String> heads = new TreeSet<>();
        Set<String> directors = new TreeSet<>();
        if (officer != null && !officer.serviceAreaCodes.isEmpty()) {
            for (ServiceArea area : ServiceArea.<ServiceArea>list("code in ?1", officer.serviceAreaCodes)) {
                if (area.headOfServiceId != null) {
                    heads.add(area.headOfServiceId.toString());
                }
                if (area.directorId != null) {
                    directors.add(area.directorId.toString());
                }
            }
        }
        return new RelationshipReaders.Parties(relationship.councillorId.toString(),
                councillor == null ? null : councillor.groupCode, relationship.officerId.toString(),
                officer == null || officer.lineManagerId == null ? null : officer.lineManagerId.toString(), heads, directors);
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @POST
    @RolesAllowed({Roles.MONITORING_OFFICER, Roles.CHIEF_EXECUTIVE})
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
