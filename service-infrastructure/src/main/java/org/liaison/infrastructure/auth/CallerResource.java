package org.liaison.infrastructure.auth;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /me}: who this service takes the caller to be, by directory id, and with which of Liaison's roles. */
@Path("/me")
@Authenticated
public class CallerResource {

    public record Caller(String id, List<String> roles) {
    }

    private final SecurityIdentity identity;

    CallerResource(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Caller me() {
        return new Caller(identity.getPrincipal().getName(), Roles.ALL.stream().filter(identity::hasRole).toList());
    }
}
