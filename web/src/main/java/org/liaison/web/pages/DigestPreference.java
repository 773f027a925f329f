package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.liaison.web.api.NotifyApi;
import org.liaison.web.api.Preference;

/**
 * A councillor's choice (HUB-5): informational matters about their wards at once, or together in one daily email. The
 * notices the protocol requires at once are listed as such; ward-notify-service keeps the choice.
 */
@Path("/preferences")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DigestPreference {

    /** A matter kind as the page names it. */
    public record KindName(String value, String label) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preference(SignedIn.Viewer viewer, Preference preference, List<KindName> inDigest,
                List<KindName> alwaysImmediate, boolean saved);
    }

    private final SignedIn signedIn;
    private final NotifyApi notify;

    DigestPreference(SignedIn signedIn, @RestClient NotifyApi notify) {
        this.signedIn = signedIn;
        this.notify = notify;
    }

    @GET
    public TemplateInstance preference(@QueryParam("saved") boolean saved) {
        Preference preference = notify.preference(signedIn.id());
        return Templates.preference(signedIn.viewer(), preference, names(preference.inDigest()),
                names(preference.alwaysImmediate()), saved);
    }

    @POST
    public Response choose(@RestForm String dailyDigest) {
        notify.setPreference(signedIn.id(), new Preference.Choice("true".equals(dailyDigest)));
        return Response.seeOther(URI.create("/preferences?saved=true")).build();
    }

    private static List<KindName> names(List<String> kinds) {
        return kinds.stream().map(k -> new KindName(k, MatterRegister.Kind.of(k).label() + " (" + MatterRegister.Kind.of(k).ruleId()
                + ")")).toList();
    }
}
