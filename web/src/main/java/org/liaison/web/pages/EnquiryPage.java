package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.Person;
import org.liaison.web.api.Problem;
import org.liaison.web.api.ServiceArea;

/** One enquiry: what was asked, who handles it and by when; the assigned officer replies here. */
@Path("/enquiries")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EnquiryPage {

    static final List<FormErrors.Field> FIELDS = List.of(new FormErrors.Field("body", "Your reply", "Enter your reply"));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enquiry(SignedIn.Viewer viewer, Enquiry enquiry, Person councillor, Person officer,
                String serviceArea, boolean canReply, String reply, FormErrors errors, boolean raised, boolean replied);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;
    private final DirectoryApi directory;

    EnquiryPage(SignedIn signedIn, @RestClient EnquiryApi enquiries, @RestClient DirectoryApi directory) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
        this.directory = directory;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("raised") boolean raised,
            @QueryParam("replied") boolean replied) {
        return page(enquiries.get(id), "", FormErrors.NONE, raised, replied);
    }

    @POST
    @Path("/{id}/reply")
    public Response reply(@PathParam("id") String id, @RestForm String body) {
        String reply = body == null ? "" : body.strip();
        try {
            enquiries.reply(id, new Enquiry.Reply(reply));
            return Response.seeOther(URI.create("/enquiries/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?replied=true"))
                    .build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
                throw refusal;
            }
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(enquiries.get(id), reply, FormErrors.from(problem, FIELDS), false, false).render()).build();
        }
    }

    private TemplateInstance page(Enquiry enquiry, String reply, FormErrors errors, boolean raised, boolean replied) {
        boolean canReply = enquiry.open() && signedIn.id().equals(enquiry.assignedOfficerId()) && signedIn.caller().isOfficer();
        return Templates.enquiry(signedIn.viewer(), enquiry, person(enquiry.councillorId(), true),
                person(enquiry.assignedOfficerId(), false), serviceArea(enquiry.serviceAreaCode()), canReply, reply, errors,
                raised, replied);
    }

    private Person person(String id, boolean councillor) {
        if (id == null) {
            return null;
        }
        try {
            return councillor ? directory.councillor(id) : directory.officer(id);
        } catch (WebApplicationException e) {
            return Person.unknown(id);
        }
    }

    private String serviceArea(String code) {
        return directory.serviceAreas(500).items().stream().filter(a -> a.code().equals(code)).map(ServiceArea::name)
                .findFirst().orElse(code);
    }
}
