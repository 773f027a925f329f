package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.CouncillorMatter;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.NotifyApi;
import org.liaison.web.api.Ward;

/**
 * A councillor's wards' matters: what is coming up (soonest first), each meeting with a download for their own
 * calendar (NTF-1), and what happened or was told of recently. ward-notify-service decides what concerns them; the
 * download is its iCalendar file, fetched with the councillor's token.
 */
@Path("/my-wards")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WardMatters {

    private static final int LIST_SIZE = 100;
    /** A file name the service gave, kept only if it is plainly one (no quotes, slashes or controls to pass on). */
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.ics)\"");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance matters(SignedIn.Viewer viewer, List<WardMatterRow> coming, long comingTotal,
                List<WardMatterRow> earlier, long earlierTotal);
    }

    private final SignedIn signedIn;
    private final NotifyApi notify;
    private final DirectoryApi directory;

    WardMatters(SignedIn signedIn, @RestClient NotifyApi notify, @RestClient DirectoryApi directory) {
        this.signedIn = signedIn;
        this.notify = notify;
        this.directory = directory;
    }

    @GET
    public TemplateInstance matters() {
        String me = signedIn.id();
        var coming = notify.councillorMatters(me, "coming", LIST_SIZE);
        var earlier = notify.councillorMatters(me, "past", LIST_SIZE);
        Map<String, String> wards = directory.wards(500).items().stream()
                .collect(Collectors.toMap(Ward::code, Ward::name, (a, b) -> a));
        return Templates.matters(signedIn.viewer(), rows(coming.items(), wards), coming.total(), rows(earlier.items(), wards),
                earlier.total());
    }

    /** NTF-1: the matter's event for the councillor's own calendar, as ward-notify-service writes it, as a download. */
    @GET
    @Path("/{matterId}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("matterId") String matterId) {
        if (!isUuid(matterId)) {
            return ErrorPages.page(404, "Page not found", "If you typed the web address, check it is correct.");
        }
        try (Response calendar = notify.councillorCalendar(signedIn.id(), matterId)) {
            String ics = calendar.readEntity(String.class);
            return Response.ok(ics, "text/calendar; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\""
                            + downloadName(calendar.getHeaderString("Content-Disposition"), matterId) + "\"")
                    .build();
        }
    }

    /** The service's file name for the download, or one made of the matter's id. */
    static String downloadName(String disposition, String matterId) {
        if (disposition != null) {
            Matcher name = FILE_NAME.matcher(disposition);
            if (name.find()) {
                return name.group(1);
            }
        }
        return "ward-matter-" + matterId + ".ics";
    }

    private static List<WardMatterRow> rows(List<CouncillorMatter> matters, Map<String, String> wards) {
        return matters.stream().map(m -> WardMatterRow.of(m, wards)).toList();
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
