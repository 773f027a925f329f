package org.liaison.media.event;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.liaison.events.Topic;
import org.liaison.events.media.MediaEventArranged;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.outbox.Outbox;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.media.replica.CouncillorReplica;
import org.liaison.media.replica.GroupReplica;

/**
 * MR-11: a media event involving councillors invites a representative of every political group — the group's
 * leader, or failing that its first active member — besides the councillors involved. The invitations go out by
 * email through ward-notify ({@code media.events}).
 */
@Path("/media-events")
@RolesAllowed({Roles.COMMS, Roles.ADMIN})
public class MediaEventResource {

    public record MediaEventRequest(@NotBlank @Size(max = 300) String title, @NotNull OffsetDateTime at,
            @NotEmpty @Size(max = 100) List<@NotBlank String> councillorIds) {
    }

    public record MediaEventView(UUID id, String title, Instant at, List<MediaEventArranged.Invitee> invited) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final SecurityIdentity identity;

    MediaEventResource(Outbox outbox, Clock clock, SecurityIdentity identity) {
        this.outbox = outbox;
        this.clock = clock;
        this.identity = identity;
    }

    @POST
    @Transactional
    public Response arrange(@NotNull @Valid MediaEventRequest request, @Context UriInfo uri) {
        List<MediaEventArranged.Invitee> invited = new ArrayList<>();
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.councillorIds().size(); i++) {
            CouncillorReplica councillor = CouncillorReplica.findById(request.councillorIds().get(i));
            if (councillor == null) {
                unknown.add(new Problem.FieldError("councillorIds[" + i + "]", "no councillor has this id"));
            } else if (invited.stream().noneMatch(x -> x.councillorId().equals(councillor.id))) {
                invited.add(new MediaEventArranged.Invitee(councillor.id, councillor.displayName, councillor.email, "involved"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(Problem.unprocessable("Every councillor involved must be in the directory.", unknown));
        }
        for (GroupReplica group : GroupReplica.<GroupReplica>list("order by name")) {
            boolean represented = invited.stream().map(x -> (CouncillorReplica) CouncillorReplica.findById(x.councillorId()))
                    .anyMatch(c -> c != null && group.code.equals(c.groupCode));
            if (represented) {
                continue;
            }
            CouncillorReplica leader = group.leaderId == null ? null : CouncillorReplica.findById(group.leaderId);
            CouncillorReplica representative = leader != null && leader.active() ? leader
                    : CouncillorReplica.<CouncillorReplica>list("groupCode = ?1 and status = 'ACTIVE'", group.code).stream()
                            .min(Comparator.comparing(c -> c.displayName)).orElse(null);
            if (representative != null) {
                invited.add(new MediaEventArranged.Invitee(representative.id, representative.displayName, representative.email,
                        "representative of " + group.name));
            }
        }
        MediaEvent event = new MediaEvent();
        event.id = UUID.randomUUID();
        event.title = request.title().strip();
        event.at = request.at().toInstant();
        event.councillorIds = new ArrayList<>(request.councillorIds());
        event.invited = invited;
        event.createdBy = identity.getPrincipal().getName();
        event.createdAt = clock.instant();
        event.persist();
        outbox.publish(Topic.MEDIA_EVENTS, event.id.toString(), MediaEventArranged.TYPE,
                new MediaEventArranged(event.id.toString(), event.title, event.at, invited));
        return Response.created(uri.getAbsolutePathBuilder().path(event.id.toString()).build())
                .entity(new MediaEventView(event.id, event.title, event.at, invited)).build();
    }
}
