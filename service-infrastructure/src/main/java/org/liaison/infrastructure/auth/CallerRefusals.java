package org.liaison.infrastructure.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.liaison.infrastructure.problem.Problem;

/**
 * A valid token is not enough (403 problem+json otherwise): its bearer must be someone in the directory (or a
 * configured service account), still serving, with at least one of Liaison's roles (after the council's group names
 * are mapped to them), and only roles that fit their side: the councillor role for a councillor, officers' roles for
 * an officer. Without this, a token for anyone at the council would pass every endpoint that only asks for a
 * signed-in caller.
 */
public class CallerRefusals {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> refuseCallersLiaisonDoesNotKnow() {
        return identities.getDeferredIdentity().map(identity -> refusal(identity)
                .map(why -> Problem.of(Response.Status.FORBIDDEN, why).toResponse())
                .orElse(null));
    }

    static Optional<String> refusal(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Optional.empty(); // the endpoint's own annotations decide whether a caller must sign in
        }
        String refused = identity.getAttribute(CallerIdentityAugmentor.REFUSAL);
        if (refused != null) {
            return Optional.of(refused);
        }
        if (Roles.ALL.stream().noneMatch(identity::hasRole)) {
            return Optional.of("You are signed in, but your account has none of Liaison's roles ("
                    + String.join(", ", Roles.ALL) + "). Ask the council's identity administrators to grant you one.");
        }
        DirectoryPerson.Side side = identity.getAttribute(CallerIdentityAugmentor.SIDE);
        return side == null ? Optional.empty() : CallerResolution.misfit(side, identity.getRoles());
    }
}
