package org.liaison.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** ward-notify-service, called as the signed-in person: the register of ward matters and its evidence of notice. */
@RegisterRestClient(configKey = "ward-notify-service")
@RegisterClientHeaders(PersonAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotifyApi {

    @GET
    @Path("/matters")
    Page<Matter> matters(@QueryParam("size") int size);

    /** One page ({@code page} from 0) of the register. */
    @GET
    @Path("/matters")
    Page<Matter> matters(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/matters/{id}")
    Matter matter(@PathParam("id") String id);

    @POST
    @Path("/matters")
    Matter register(Matter.Registration registration);

    /** HUB-5: whether the councillor takes informational matters (NTF-5 to NTF-9) as a daily digest. */
    @GET
    @Path("/preferences/{councillorId}")
    Preference preference(@PathParam("councillorId") String councillorId);

    @PUT
    @Path("/preferences/{councillorId}")
    Preference setPreference(@PathParam("councillorId") String councillorId, Preference.Choice choice);

    @GET
    @Path("/matters/{id}/compliance")
    Matter.Evidence compliance(@PathParam("id") String id);

    /** HUB-2: the outbound emails in one status (FAILED, BOUNCED…), newest first. */
    @GET
    @Path("/notifications")
    java.util.List<Notification> notifications(@QueryParam("status") String status);

    /** HUB-2: a FAILED or BOUNCED email sent again, to the address the directory has for its recipient now. */
    @POST
    @Path("/notifications/{id}/resend")
    Notification resend(@PathParam("id") String id);

    /** The ward matters that concern the councillor, {@code when} {@code coming} (soonest first) or {@code past}. */
    @GET
    @Path("/councillors/{councillorId}/matters")
    Page<CouncillorMatter> councillorMatters(@PathParam("councillorId") String councillorId, @QueryParam("when") String when,
            @QueryParam("size") int size);

    /** NTF-1: a matter as an iCalendar file (METHOD:PUBLISH) for the councillor's own calendar, with its file name. */
    @GET
    @Path("/councillors/{councillorId}/matters/{matterId}/calendar")
    @Produces("text/calendar")
    jakarta.ws.rs.core.Response councillorCalendar(@PathParam("councillorId") String councillorId,
            @PathParam("matterId") String matterId);
}
