package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Enquiry;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.Person;
import org.liaison.web.api.Problem;
import org.liaison.web.api.ServiceArea;
import org.liaison.web.api.Ward;

/** A councillor's pages: the enquiries they raised, and the form to raise one. */
@Path("/enquiries")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CouncillorPages {

    /** The API's field names and the form's labels for them, for the error messages. */
    static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("subject", "Subject", "Enter a subject"),
            new FormErrors.Field("serviceAreaCode", "Service area", "Select a service area"),
            new FormErrors.Field("wardCode", "Ward", "Select a ward"),
            new FormErrors.Field("category", "Kind of enquiry", "Select what kind of enquiry it is"),
            new FormErrors.Field("significance", "What kind of issue", "Select what kind of issue it is"),
            new FormErrors.Field("body", "Your enquiry", "Enter your enquiry"));
    private static final int LIST_SIZE = 200;

    /** A row of "my enquiries". */
    public record Row(Enquiry enquiry, String officer, boolean overdue) {
    }

    /** The form as typed, to show it again beside what was wrong. */
    public record Form(String subject, String body, String serviceAreaCode, String wardCode, String category,
            String significance, boolean constituentConfidential, boolean doNotCopy) {
        static final Form EMPTY = new Form("", "", "", "", "", EnquirySignificance.DEFAULT, false, false);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(SignedIn.Viewer viewer, List<Row> rows, long total, Pagination pagination);

        static native TemplateInstance raise(SignedIn.Viewer viewer, Form form, FormErrors errors,
                List<ServiceArea> serviceAreas, List<Ward> wards, List<EnquiryCategory> categories,
                List<EnquirySignificance> significances);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;
    private final DirectoryApi directory;
    private final PeopleNames names;

    CouncillorPages(SignedIn signedIn, @RestClient EnquiryApi enquiries, @RestClient DirectoryApi directory,
            PeopleNames names) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
        this.directory = directory;
        this.names = names;
    }

    @GET
    public TemplateInstance mine(@QueryParam("page") Integer pageNumber) {
        String me = signedIn.id();
        var page = enquiries.search(null, null, me, null, Pagination.requested(pageNumber), LIST_SIZE);
        Set<String> overdue = enquiries.search(null, null, me, true, LIST_SIZE).items().stream()
                .map(Enquiry::id).collect(Collectors.toSet());
        List<Row> rows = page.items().stream().map(e -> new Row(e, names.officer(e.assignedOfficerId()),
                overdue.contains(e.id()))).toList();
        return Templates.mine(signedIn.viewer(), rows, page.total(), Pagination.of(page, "/enquiries", Map.of()));
    }

    @GET
    @Path("/new")
    public TemplateInstance newEnquiry() {
        return form(Form.EMPTY, FormErrors.NONE);
    }

    @POST
    public Response raise(@RestForm String subject, @RestForm String body, @RestForm String serviceAreaCode,
            @RestForm String wardCode, @RestForm String category, @RestForm String significance,
            @RestForm String constituentConfidential, @RestForm String doNotCopy) {
        Form form = new Form(FormFields.text(subject), FormFields.text(body), FormFields.text(serviceAreaCode),
                FormFields.text(wardCode), FormFields.text(category), FormFields.text(significance),
                "true".equals(constituentConfidential), "true".equals(doNotCopy));
        try {
            Enquiry.Received received = enquiries.raise(new Enquiry.NewEnquiry(form.subject(), form.body(),
                    form.serviceAreaCode(), blankToNull(form.wardCode()), blankToNull(form.category()),
                    blankToNull(form.significance()), form.constituentConfidential(), form.doNotCopy()));
            return Response.seeOther(URI.create("/enquiries/" + received.id() + "?raised=true")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(form(form, FormErrors.from(problem, FIELDS)).render()).build();
        }
    }

    private TemplateInstance form(Form form, FormErrors errors) {
        List<ServiceArea> areas = directory.serviceAreas(500).items();
        Person me = signedIn.person();
        Map<String, String> wardNames = directory.wards(500).items().stream()
                .collect(Collectors.toMap(Ward::code, Ward::name, (a, b) -> a));
        List<Ward> myWards = me.wardCodes().stream().map(code -> new Ward(code, wardNames.getOrDefault(code, code))).toList();
        return Templates.raise(signedIn.viewer(), form, errors, areas, myWards, EnquiryCategory.ALL,
                EnquirySignificance.ALL);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
