package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;

/**
 * An officer's queue: the open enquiries assigned to them, overdue first (the longest overdue at the top), then the
 * rest by due date, soonest first. Which are overdue is enquiry-service's answer ({@code overdue=true}), on its clock.
 */
@Path("/queue")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OfficerPages {

    private static final int LIST_SIZE = 200;
    private static final List<String> OPEN = List.of("ASSIGNED", "HOLDING_REPLY_SENT");

    public record Row(Enquiry enquiry, String councillor, boolean overdue) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(SignedIn.Viewer viewer, List<Row> rows, long overdueCount);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;
    private final PeopleNames names;

    OfficerPages(SignedIn signedIn, @RestClient EnquiryApi enquiries, PeopleNames names) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
        this.names = names;
    }

    @GET
    public TemplateInstance queue() {
        String me = signedIn.id();
        List<Enquiry> overdue = enquiries.search(null, me, null, true, LIST_SIZE).items();
        List<Enquiry> notYetDue = OPEN.stream()
                .flatMap(status -> enquiries.search(status, me, null, false, LIST_SIZE).items().stream()).toList();
        List<Row> rows = QueueOrder.of(overdue, notYetDue).stream()
                .map(q -> new Row(q.enquiry(), names.councillor(q.enquiry().councillorId()), q.overdue()))
                .toList();
        return Templates.queue(signedIn.viewer(), rows, overdue.size());
    }

}
