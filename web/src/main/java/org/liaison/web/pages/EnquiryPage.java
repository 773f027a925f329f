package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.Person;
import org.liaison.web.api.Problem;
import org.liaison.web.api.ServiceArea;

/**
 * One enquiry: what was asked, who handles it and by when. The assigned officer replies here, sends a holding reply
 * (ENQ-7) or declines a request for information (ENQ-11); the service decides what is allowed and the page shows its
 * refusal beside the form that was sent.
 */
@Path("/enquiries")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EnquiryPage {

    static final List<FormErrors.Field> FIELDS = List.of(new FormErrors.Field("body", "Your reply", "Enter your reply"));
    static final List<FormErrors.Field> HOLDING_FIELDS = List.of(
            new FormErrors.Field("reason", "Why the reply is delayed", "Say why the full reply is delayed"),
            new FormErrors.Field("newTargetDate", "New target date", "Enter the date the full reply will come by"));
    static final List<FormErrors.Field> DECLINE_FIELDS = List.of(
            new FormErrors.Field("reason", "Reason", "Select the reason the request is declined"),
            new FormErrors.Field("explanation", "Explanation", "Explain the decision to the councillor"));

    /** The officer's forms as typed, and which of them the service refused ({@code failed}: reply, holding or decline). */
    public record Forms(String reply, String holdingReason, DateInput holdingDate, String declineReason,
            String declineExplanation, String failed, FormErrors errors) {
        static final Forms EMPTY = new Forms("", "", DateInput.EMPTY, "", "", null, FormErrors.NONE);

        /** The errors of {@code form}, so that "reason" in one form is not shown in the other. */
        public FormErrors of(String form) {
            return form.equals(failed) ? errors : FormErrors.NONE;
        }

        Forms refused(String form, FormErrors why) {
            return new Forms(reply, holdingReason, holdingDate, declineReason, declineExplanation, form, why);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enquiry(SignedIn.Viewer viewer, Enquiry enquiry, Person councillor, Person officer,
                String serviceArea, boolean canReply, Forms forms, FormErrors errors, boolean raised, String done);
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
            @QueryParam("replied") boolean replied, @QueryParam("done") String done) {
        return page(enquiries.get(id), Forms.EMPTY, raised, replied ? "replied" : done);
    }

    @POST
    @Path("/{id}/reply")
    public Response reply(@PathParam("id") String id, @RestForm String body) {
        String reply = FormFields.text(body);
        Forms forms = new Forms(reply, "", DateInput.EMPTY, "", "", null, FormErrors.NONE);
        try {
            enquiries.reply(id, new Enquiry.Reply(reply));
            return done(id, "replied");
        } catch (WebApplicationException refusal) {
            return refused(id, refusal, forms, "reply", FIELDS, null, null);
        }
    }

    /** ENQ-7: a holding reply with its reason and new target date; whether the date is allowed is the service's rule. */
    @POST
    @Path("/{id}/holding-reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response holdingReply(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String reason = FormFields.one(fields, "reason");
        DateInput date = DateInput.from(fields, "newTargetDate");
        Forms forms = new Forms("", reason, date, "", "", null, FormErrors.NONE);
        List<FormErrors.Entry> typing = new ArrayList<>();
        LocalDate target = date.date("newTargetDate", "The new target date", typing);
        if (target == null) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(enquiries.get(id), forms.refused("holding", new FormErrors(typing)), false, null).render())
                    .build();
        }
        try {
            enquiries.holdingReply(id, new Enquiry.HoldingReply(reason.isEmpty() ? null : reason, target));
            return done(id, "holding");
        } catch (WebApplicationException refusal) {
            return refused(id, refusal, forms, "holding", HOLDING_FIELDS, null, null);
        }
    }

    /** ENQ-11: a request for information declined for one of the protocol's three reasons, explained. */
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String reason = FormFields.one(fields, "reason");
        String explanation = FormFields.one(fields, "explanation");
        Forms forms = new Forms("", "", DateInput.EMPTY, reason, explanation, null, FormErrors.NONE);
        try {
            enquiries.decline(id, new Enquiry.Decline(reason.isEmpty() ? null : reason,
                    explanation.isEmpty() ? null : explanation));
            return done(id, "declined");
        } catch (WebApplicationException refusal) {
            return refused(id, refusal, forms, "decline", DECLINE_FIELDS, "reason", "decline-reason");
        }
    }

    private Response done(String id, String what) {
        return Response.seeOther(URI.create("/enquiries/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?done=" + what))
                .build();
    }

    /** The service's refusal beside the form sent; {@code field} is shown as {@code shownAs} where two forms share a name. */
    private Response refused(String id, WebApplicationException refusal, Forms forms, String form,
            List<FormErrors.Field> fields, String field, String shownAs) {
        Problem problem = FormErrors.problemOf(refusal);
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
            throw refusal; // the error page: not a form's problem (a 403 whether or not the enquiry exists)
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(enquiries.get(id), forms.refused(form, FormErrors.from(problem, fields).renamed(field, shownAs)),
                        false, null).render())
                .build();
    }

    private TemplateInstance page(Enquiry enquiry, Forms forms, boolean raised, String done) {
        boolean canReply = enquiry.open() && signedIn.id().equals(enquiry.assignedOfficerId()) && signedIn.caller().isOfficer();
        return Templates.enquiry(signedIn.viewer(), enquiry, person(enquiry.councillorId(), true),
                person(enquiry.assignedOfficerId(), false), serviceArea(enquiry.serviceAreaCode()), canReply, forms,
                forms.errors(), raised, done);
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
