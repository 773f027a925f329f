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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.liaison.web.api.Caller;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.Person;
import org.liaison.web.api.Problem;
import org.liaison.web.api.ServiceArea;

/**
 * One enquiry: what was asked, who handles it and by when. The assigned officer replies here, sends a holding reply
 * (ENQ-7, offering only the dates the service allows) or declines a request for information (ENQ-11); a head of
 * service, members' services or the chief executive reassigns it to an officer the service offers; the councillor
 * disputes a decline and the chief executive decides the dispute. The service decides what is allowed and the page
 * shows its refusal beside the form that was sent.
 */
@Path("/enquiries")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class EnquiryPage {

    static final List<FormErrors.Field> FIELDS = List.of(new FormErrors.Field("body", "Your reply", "Enter your reply"),
            new FormErrors.Field("lateExplanation", "Why the reply is late", "Say why the reply is late"));
    static final List<FormErrors.Field> HOLDING_FIELDS = List.of(
            new FormErrors.Field("reason", "Why the reply is delayed", "Say why the full reply is delayed"),
            new FormErrors.Field("newTargetDate", "New target date", "Select the date the full reply will come by"));
    static final List<FormErrors.Field> DECLINE_FIELDS = List.of(
            new FormErrors.Field("reason", "Reason", "Select the reason the request is declined"),
            new FormErrors.Field("explanation", "Explanation", "Explain the decision to the councillor"));
    static final List<FormErrors.Field> REASSIGN_FIELDS = List.of(
            new FormErrors.Field("officerId", "Officer", "Select the officer to give the enquiry to"),
            new FormErrors.Field("reason", "Reason", "Say why the enquiry goes to them"));
    static final List<FormErrors.Field> DISPUTE_FIELDS = List.of(
            new FormErrors.Field("grounds", "Why you dispute the decision", "Say why you dispute the decision"));
    static final List<FormErrors.Field> DECISION_FIELDS = List.of(
            new FormErrors.Field("outcome", "Your decision", "Select whether the decline is upheld or overturned"),
            new FormErrors.Field("explanation", "Explanation", "Explain your decision to the councillor"));

    /**
     * One of the page's forms: its name, the banner shown after it ({@code ?done=}), its fields, and the page's ids for
     * fields whose API name another form on the page uses too.
     */
    record PageForm(String name, String done, List<FormErrors.Field> fields, Map<String, String> shownAs) {
    }

    static final PageForm REPLY = new PageForm("reply", "replied", FIELDS, Map.of());
    static final PageForm HOLDING = new PageForm("holding", "holding", HOLDING_FIELDS, Map.of());
    static final PageForm DECLINE = new PageForm("decline", "declined", DECLINE_FIELDS, Map.of("reason", "decline-reason"));
    static final PageForm REASSIGN = new PageForm("reassign", "reassigned", REASSIGN_FIELDS,
            Map.of("officerId", "reassign-officer", "reason", "reassign-reason"));
    static final PageForm DISPUTE = new PageForm("dispute", "disputed", DISPUTE_FIELDS, Map.of());
    static final PageForm DECIDE = new PageForm("decide", "decided", DECISION_FIELDS, Map.of("explanation", "decision-explanation"));

    /**
     * What was typed into the form the service refused ({@code failed}: reply, holding, decline, reassign, dispute or
     * decide) and why; every other form on the page starts empty.
     */
    public record Forms(String failed, Map<String, String> values, FormErrors errors) {
        static final Forms EMPTY = new Forms(null, Map.of(), FormErrors.NONE);

        /** The errors of {@code form}, so that "reason" in one form is not shown in another. */
        public FormErrors of(String form) {
            return form.equals(failed) ? errors : FormErrors.NONE;
        }

        /** What was typed into {@code field} of {@code form}, if that is the form refused; else empty. */
        public String typed(String form, String field) {
            return form.equals(failed) ? values.getOrDefault(field, "") : "";
        }

        static Forms refused(String form, Map<String, String> values, FormErrors why) {
            return new Forms(form, values, why);
        }
    }

    /** What the signed-in person may do with the enquiry, as far as the page offers it. */
    public record Offer(boolean reply, List<DateOption> holdingDates, List<Enquiry.Candidate> candidates, boolean dispute,
            boolean decide) {
    }

    /** A date to choose: its ISO value and how the page writes it ("Wednesday 24 March 2027"). */
    public record DateOption(String value, String label) {
        static DateOption of(LocalDate date) {
            return new DateOption(date.toString(), Formats.longDate(date));
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance enquiry(SignedIn.Viewer viewer, Enquiry enquiry, Person councillor, Person officer,
                String serviceArea, Enquiry.DueDateExplanation explanation, List<String> copiedTo, Offer offer, Forms forms,
                FormErrors errors, boolean raised, String done);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;
    private final DirectoryApi directory;

    private final PeopleNames names;

    EnquiryPage(SignedIn signedIn, @RestClient EnquiryApi enquiries, @RestClient DirectoryApi directory, PeopleNames names) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
        this.directory = directory;
        this.names = names;
    }

    @GET
    @Path("/{id}")
    public TemplateInstance show(@PathParam("id") String id, @QueryParam("raised") boolean raised,
            @QueryParam("replied") boolean replied, @QueryParam("done") String done) {
        return page(enquiries.get(id), Forms.EMPTY, raised, replied ? "replied" : done);
    }

    @POST
    @Path("/{id}/reply")
    public Response reply(@PathParam("id") String id, @RestForm String body, @RestForm String lateExplanation) {
        String reply = FormFields.text(body);
        String late = FormFields.text(lateExplanation);
        return send(id, REPLY, Map.of("body", reply, "lateExplanation", late),
                () -> enquiries.reply(id, new Enquiry.Reply(reply, orNull(late))));
    }

    /** ENQ-7: a holding reply with its reason and one of the new target dates the service offered. */
    @POST
    @Path("/{id}/holding-reply")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response holdingReply(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String reason = FormFields.one(fields, "reason");
        String date = FormFields.one(fields, "newTargetDate");
        return send(id, HOLDING, Map.of("reason", reason, "newTargetDate", date),
                () -> enquiries.holdingReply(id, new Enquiry.HoldingReply(orNull(reason), isoDate(date))));
    }

    /** ENQ-11: a request for information declined for one of the protocol's three reasons, explained. */
    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decline(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String reason = FormFields.one(fields, "reason");
        String explanation = FormFields.one(fields, "explanation");
        return send(id, DECLINE, Map.of("reason", reason, "explanation", explanation),
                () -> enquiries.decline(id, new Enquiry.Decline(orNull(reason), orNull(explanation))));
    }

    /** The enquiry goes to another officer of its service area, for a reason added to its routing record. */
    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reassign(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String officer = FormFields.one(fields, "officerId");
        String reason = FormFields.one(fields, "reason");
        return send(id, REASSIGN, Map.of("officerId", officer, "reason", reason),
                () -> enquiries.reassign(id, new Enquiry.Reassign(orNull(officer), orNull(reason))));
    }

    /** ENQ-11: the councillor disputes a declined request; the chief executive decides. */
    @POST
    @Path("/{id}/dispute")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispute(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String grounds = FormFields.one(fields, "grounds");
        return send(id, DISPUTE, Map.of("grounds", grounds), () -> enquiries.dispute(id, new Enquiry.Dispute(orNull(grounds))));
    }

    /** ENQ-11: the chief executive upholds the decline or overturns it (the officer then answers). */
    @POST
    @Path("/{id}/dispute-decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String outcome = FormFields.one(fields, "outcome");
        String explanation = FormFields.one(fields, "explanation");
        return send(id, DECIDE, Map.of("outcome", outcome, "explanation", explanation),
                () -> enquiries.decideDispute(id, new Enquiry.DisputeDecision(orNull(outcome), orNull(explanation))));
    }

    /**
     * Sends {@code form} to the service; then the page again with its banner, or with the service's refusal beside the
     * form and what was typed into it.
     */
    private Response send(String id, PageForm form, Map<String, String> typed, Runnable call) {
        try {
            call.run();
            return done(id, form.done());
        } catch (WebApplicationException refusal) {
            FormErrors why = FormErrors.from(problem(refusal), form.fields());
            for (Map.Entry<String, String> shared : form.shownAs().entrySet()) {
                why = why.renamed(shared.getKey(), shared.getValue());
            }
            return refused(id, refusal, form.name(), typed, why);
        }
    }

    /** The option chosen ("2027-03-24"), or null when none was (the service then says a date is needed). */
    private static LocalDate isoDate(String chosen) {
        try {
            return chosen.isEmpty() ? null : LocalDate.parse(chosen);
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    private static String orNull(String typed) {
        return typed.isEmpty() ? null : typed;
    }

    private Response done(String id, String what) {
        return Response.seeOther(URI.create("/enquiries/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "?done=" + what))
                .build();
    }

    /** The service's problem, unless it is not a form's problem (the error page then: a 403 whether or not it exists). */
    private static Problem problem(WebApplicationException refusal) {
        Problem problem = FormErrors.problemOf(refusal);
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
            throw refusal;
        }
        return problem;
    }

    /** The page again, with the service's refusal beside the form sent and what was typed into it. */
    private Response refused(String id, WebApplicationException refusal, String form, Map<String, String> typed,
            FormErrors why) {
        return Response.status(FormErrors.problemOf(refusal).status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(enquiries.get(id), Forms.refused(form, typed, why), false, null).render())
                .build();
    }

    private TemplateInstance page(Enquiry enquiry, Forms forms, boolean raised, String done) {
        return Templates.enquiry(signedIn.viewer(), enquiry, person(enquiry.councillorId(), true),
                person(enquiry.assignedOfficerId(), false), serviceArea(enquiry.serviceAreaCode()),
                enquiries.dueDateExplanation(enquiry.id()),
                enquiry.reply() == null ? List.of() : enquiry.reply().copiedTo().stream().map(names::councillor).toList(),
                offer(enquiry), forms, forms.errors(), raised, done);
    }

    /** What to offer: each only where the service would allow it (it decides again when the form is sent). */
    private Offer offer(Enquiry enquiry) {
        Caller caller = signedIn.caller();
        boolean reply = enquiry.open() && signedIn.id().equals(enquiry.assignedOfficerId()) && caller.isOfficer();
        List<DateOption> dates = reply
                ? enquiries.holdingReplyDates(enquiry.id()).dates().stream().map(DateOption::of).toList() : List.of();
        List<Enquiry.Candidate> candidates = List.of();
        if (enquiry.open() && (caller.isOfficer() || caller.isMembersServices() || caller.isChiefExecutive())) {
            try {
                candidates = enquiries.reassignCandidates(enquiry.id());
            } catch (WebApplicationException refused) {
                if (refused.getResponse().getStatus() != 403) {
                    throw refused;
                }
            }
        }
        boolean dispute = caller.isCouncillor() && signedIn.id().equals(enquiry.councillorId())
                && "DECLINED".equals(enquiry.status()) && enquiry.decline() != null && enquiry.decline().disputedAt() == null;
        boolean decide = caller.isChiefExecutive() && "DECLINE_DISPUTED".equals(enquiry.status());
        return new Offer(reply, dates, candidates, dispute, decide);
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
