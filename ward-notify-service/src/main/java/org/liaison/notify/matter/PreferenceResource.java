package org.liaison.notify.matter;

import io.quarkus.security.PermissionsAllowed;
import org.liaison.notify.access.NotifyAccess;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.notify.replica.CouncillorReplica;

/**
 * HUB-5: a councillor chooses to take informational matters (NTF-5 to NTF-9) as a daily digest; protocol notices
 * (NTF-1 to NTF-4) always come at once and cannot be switched off. A councillor sets their own; members' services
 * may set anyone's.
 */
@Path("/preferences/{councillorId}")
public class PreferenceResource {

    public record PreferenceRequest(@NotNull Boolean dailyDigest) {
    }

    public record PreferenceView(String councillorId, boolean dailyDigest, List<MatterKind> inDigest,
            List<MatterKind> alwaysImmediate) {
        static PreferenceView of(String councillorId, boolean dailyDigest) {
            return new PreferenceView(councillorId, dailyDigest,
                    Arrays.stream(MatterKind.values()).filter(MatterKind::informational).toList(),
                    Arrays.stream(MatterKind.values()).filter(k -> !k.informational()).toList());
        }
    }

    private final SecurityIdentity identity;
    private final Clock clock;

    PreferenceResource(SecurityIdentity identity, Clock clock) {
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Transactional
    @PermissionsAllowed(NotifyAccess.COUNCILLOR_PREFERENCES)
    public PreferenceView get(@PathParam("councillorId") String councillorId) {
        return PreferenceView.of(councillorId, CouncillorPreference.takesDigest(councillorId));
    }

    @PUT
    @Transactional
    @PermissionsAllowed(NotifyAccess.COUNCILLOR_PREFERENCES)
    public PreferenceView put(@PathParam("councillorId") String councillorId, @NotNull @Valid PreferenceRequest request) {
        if (CouncillorReplica.findById(councillorId) == null) {
            throw ProblemException.notFound("There is no councillor " + councillorId + " in the directory.");
        }
        CouncillorPreference preference = CouncillorPreference.<CouncillorPreference>findByIdOptional(councillorId)
                .orElseGet(CouncillorPreference::new);
        preference.councillorId = councillorId;
        preference.dailyDigest = request.dailyDigest();
        preference.updatedAt = clock.instant();
        preference.updatedBy = identity.getPrincipal().getName();
        preference.persist();
        return PreferenceView.of(councillorId, preference.dailyDigest);
    }

}
