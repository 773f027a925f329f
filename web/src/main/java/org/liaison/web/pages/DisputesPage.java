package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.MediaApi;
import org.liaison.web.api.Release;

/**
 * The chief executive's disputes to decide: declined requests for information that the councillor disputes (ENQ-11)
 * and releases whose content comms dispute (MR-9), oldest first. Each links to its page, where the decision is made.
 */
@Path("/disputes")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DisputesPage {

    private static final int LIST_SIZE = 200;

    public record DisputedEnquiry(Enquiry enquiry, String councillor) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disputes(SignedIn.Viewer viewer, List<DisputedEnquiry> enquiries, List<Release> releases);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;
    private final MediaApi media;
    private final PeopleNames names;

    DisputesPage(SignedIn signedIn, @RestClient EnquiryApi enquiries, @RestClient MediaApi media, PeopleNames names) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
        this.media = media;
        this.names = names;
    }

    @GET
    public TemplateInstance disputes() {
        if (!signedIn.caller().isChiefExecutive()) {
            throw new ForbiddenException("Disputes are decided by the chief executive.");
        }
        List<DisputedEnquiry> disputed = enquiries.search("DECLINE_DISPUTED", null, null, null, LIST_SIZE).items().stream()
                .sorted(java.util.Comparator.comparing(e -> e.decline() == null || e.decline().disputedAt() == null
                        ? e.receivedAt() : e.decline().disputedAt()))
                .map(e -> new DisputedEnquiry(e, names.councillor(e.councillorId())))
                .toList();
        List<Release> releases = media.releases("DISPUTED", LIST_SIZE).items().stream()
                .sorted(java.util.Comparator.comparing(Release::updatedAt)).toList();
        return Templates.disputes(signedIn.viewer(), disputed, releases);
    }
}
