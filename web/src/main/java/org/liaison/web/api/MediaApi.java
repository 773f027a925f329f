package org.liaison.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * media-service, called as the signed-in person. Changes name the version the editor saw ({@code If-Match}), so that
 * nobody overwrites a change they did not see; the rules and who may take which step are the service's.
 */
@RegisterRestClient(configKey = "media-service")
@RegisterClientHeaders(PersonAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MediaApi {

    /** {@code GET /releases}, the most recently changed first; a null status lists every release. */
    @GET
    @Path("/releases")
    Page<Release> releases(@QueryParam("status") String status, @QueryParam("size") int size);

    /** One page ({@code page} from 0) of {@code GET /releases}. */
    @GET
    @Path("/releases")
    Page<Release> releases(@QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/releases/{id}")
    Release release(@PathParam("id") String id);

    @POST
    @Path("/releases")
    Release create(Release.Draft draft);

    @PUT
    @Path("/releases/{id}")
    Release update(@PathParam("id") String id, @HeaderParam("If-Match") String version, Release.Draft draft);

    /** The rules a draft would meet on submission, before it is saved; nothing is stored. */
    @POST
    @Path("/releases/check")
    Release.RuleReport check(Release.Draft draft);

    /** submit, approve, request-changes, dispute, decide, withdraw or issue. */
    @POST
    @Path("/releases/{id}/{action}")
    Release act(@PathParam("id") String id, @PathParam("action") String action, @HeaderParam("If-Match") String version,
            Release.Step step);

    @GET
    @Path("/releases/{id}/history")
    List<Release.Transition> history(@PathParam("id") String id);

    /** MR-7: the pre-election periods, the latest notice first. */
    @GET
    @Path("/elections")
    List<Election> elections();

    @POST
    @Path("/elections")
    Election createElection(Election.Period period);

    @DELETE
    @Path("/elections/{id}")
    void deleteElection(@PathParam("id") String id);
}
