package org.liaison.infrastructure.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.liaison.infrastructure.problem.Problem;

/**
 * A valid token is not enough: its bearer must hold at least one of Liaison's roles (after the council's group names
 * are mapped to them, see docs/identity.md). Without this, a token for anyone at the council would pass every
 * endpoint that only asks for a signed-in caller.
 */
public class LiaisonRoleRequired {

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> requireALiaisonRole() {
        return identities.getDeferredIdentity().map(identity -> {
            if (identity.isAnonymous() || Roles.ALL.stream().anyMatch(identity::hasRole)) {
                return null; // anonymous: the endpoint's own annotations decide whether a caller must sign in
            }
            return Problem.of(Response.Status.FORBIDDEN, "You are signed in, but your account has none of Liaison's roles ("
                    + String.join(", ", Roles.ALL) + "). Ask the council's identity administrators to grant you one.")
                    .toResponse();
        });
    }
}
