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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Matter;
import org.liaison.web.api.NotifyApi;
import org.liaison.web.api.Problem;
import org.liaison.web.api.Ward;

/**
 * Members' services' register of ward matters: the matters registered, the form to register one (a public meeting,
 * consultation, press release, significant issue, agenda item, executive decision, site visit, ceremonial event or
 * parish correspondence), and each matter's evidence that its ward councillors were told in time (NTF-1 to NTF-9).
 * ward-notify-service checks each kind's needs, tells the councillors, and keeps the evidence.
 */
@Path("/matters")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class MatterRegister {

    private static final int LIST_SIZE = 200;
    static final List<Kind> KINDS = List.of(
            new Kind("PUBLIC_MEETING", "NTF-1", "Public meeting", "Ward councillors are invited, with a calendar invitation"),
            new Kind("CONSULTATION", "NTF-2", "Consultation", "Ward councillors are told at the start"),
            new Kind("PRESS_RELEASE", "NTF-3", "Press release", "Ward councillors are told before it is issued"),
            new Kind("SIGNIFICANT_ISSUE", "NTF-4", "Significant issue", "Something that affects the ward, told at once"),
            new Kind("AGENDA_ITEM", "NTF-5", "Agenda item", "An item about the ward on a committee's agenda"),
            new Kind("EXECUTIVE_DECISION", "NTF-6", "Executive decision", "A decision affecting the ward"),
            new Kind("SITE_VISIT", "NTF-7", "Site visit", "A visit to a place in the ward"),
            new Kind("CEREMONIAL_EVENT", "NTF-8", "Ceremonial event", "A civic or ceremonial event in the ward"),
            new Kind("PARISH_CORRESPONDENCE", "NTF-9", "Parish correspondence", "Correspondence with a parish council"));

    public record Kind(String value, String ruleId, String label, String hint) {
        static Kind of(String value) {
            return KINDS.stream().filter(k -> k.value().equals(value)).findFirst()
                    .orElse(new Kind(value, "", value, ""));
        }
    }

    /** A matter as the register lists it: its kind, and its wards by name. */
    public record Row(Matter matter, Kind kind, String wards) {
    }

    /** How a councillor was told, or why not yet: ON_TIME, LATE, MISSING, PENDING, BOUNCED as words and a tag. */
    public record Outcome(String label, String tag) {
        static Outcome of(String outcome) {
            return switch (outcome == null ? "" : outcome) {
                case "ON_TIME" -> new Outcome("On time", "govuk-tag--green");
                case "LATE" -> new Outcome("Late", "govuk-tag--orange");
                case "MISSING" -> new Outcome("Not told", "govuk-tag--red");
                case "BOUNCED" -> new Outcome("Email bounced", "govuk-tag--red");
                case "PENDING" -> new Outcome("Being sent", "govuk-tag--blue");
                default -> new Outcome(String.valueOf(outcome), "govuk-tag--grey");
            };
        }
    }

    public record ToldRow(Matter.Told told, Outcome outcome) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(SignedIn.Viewer viewer, List<Row> rows, long total, Pagination pagination);

        static native TemplateInstance registration(SignedIn.Viewer viewer, MatterForm form, FormErrors errors,
                List<Kind> kinds, List<Ward> wards);

        static native TemplateInstance matter(SignedIn.Viewer viewer, Matter matter, Kind kind, String wards,
                Matter.Evidence evidence, List<ToldRow> told, boolean registered);
    }

    private final SignedIn signedIn;
    private final NotifyApi notify;
    private final DirectoryApi directory;

    MatterRegister(SignedIn signedIn, @RestClient NotifyApi notify, @RestClient DirectoryApi directory) {
        this.signedIn = signedIn;
        this.notify = notify;
        this.directory = directory;
    }

    @GET
    public TemplateInstance register(@QueryParam("page") Integer pageNumber) {
        var page = notify.matters(Pagination.requested(pageNumber), LIST_SIZE);
        Map<String, String> wards = wardNames();
        List<Row> rows = page.items().stream()
                .map(m -> new Row(m, Kind.of(m.kind()), names(m.wardCodes(), wards))).toList();
        return Templates.register(signedIn.viewer(), rows, page.total(), Pagination.of(page, "/matters", Map.of()));
    }

    @GET
    @Path("/new")
    public TemplateInstance newMatter() {
        return form(MatterForm.EMPTY, FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerMatter(MultivaluedMap<String, String> fields) {
        MatterForm form = MatterForm.from(fields);
        MatterForm.Result typed = form.toRegistration();
        if (typed.errors().any()) {
            return refused(400, form, typed.errors());
        }
        try {
            Matter registered = notify.register(typed.registration());
            return Response.seeOther(URI.create("/matters/" + registered.id() + "?registered=true")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return refused(problem.status(), form, FormErrors.from(problem, MatterForm.FIELDS));
        }
    }

    /** The matter and its evidence: for each councillor concerned, the deadline and when and how they were told. */
    @GET
    @Path("/{id}")
    public TemplateInstance matter(@PathParam("id") String id, @QueryParam("registered") boolean registered) {
        Matter matter = notify.matter(id);
        Matter.Evidence evidence = notify.compliance(id);
        List<ToldRow> told = evidence.councillors().stream().map(t -> new ToldRow(t, Outcome.of(t.outcome()))).toList();
        return Templates.matter(signedIn.viewer(), matter, Kind.of(matter.kind()), names(matter.wardCodes(), wardNames()),
                evidence, told, registered);
    }

    private Response refused(int status, MatterForm form, FormErrors errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(form(form, errors).render())
                .build();
    }

    private TemplateInstance form(MatterForm form, FormErrors errors) {
        return Templates.registration(signedIn.viewer(), form, errors, KINDS, directory.wards(500).items());
    }

    private Map<String, String> wardNames() {
        return directory.wards(500).items().stream().collect(Collectors.toMap(Ward::code, Ward::name, (a, b) -> a));
    }

    private static String names(List<String> codes, Map<String, String> wards) {
        return codes.stream().map(c -> wards.getOrDefault(c, c)).collect(Collectors.joining(", "));
    }
}
