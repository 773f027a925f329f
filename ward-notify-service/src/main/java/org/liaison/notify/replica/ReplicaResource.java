package org.liaison.notify.replica;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.liaison.infrastructure.auth.Roles;
import org.liaison.infrastructure.problem.ProblemException;

/**
 * Who Liaison would tell about a matter in this ward right now (the service's replica of the directory), with their
 * emails: for the staff who register and check ward matters and releases, not for every signed-in caller.
 */
@Path("/wards")
@RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN, Roles.COMMS, Roles.CHIEF_EXECUTIVE})
public class ReplicaResource {

    private final WardCouncillorsResolver resolver;

    ReplicaResource(WardCouncillorsResolver resolver) {
        this.resolver = resolver;
    }

    public record Recipient(String id, String displayName, String email) {
    }

    @GET
    @Path("/{code}/councillors")
    @Operation(summary = "The ward's councillors as this service knows them: the recipients of a ward notice now")
    public List<Recipient> councillors(@PathParam("code") String code) {
        if (WardReplica.findById(code) == null) {
            throw ProblemException.notFound("Ward " + code + " is not known here (yet): is it in the directory?");
        }
        return resolver.activeCouncillorsOf(List.of(code)).stream()
                .map(c -> new Recipient(c.id, c.displayName, c.email)).toList();
    }
}
