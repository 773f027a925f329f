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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.MediaApi;
import org.liaison.web.api.Person;
import org.liaison.web.api.Problem;
import org.liaison.web.api.Release;
import org.liaison.web.api.Ward;

/**
 * The comms team's releases: the list by status, the editor with the media rules' report as the text changes (htmx
 * asks media-service for a dry-run check of the unsaved draft), and the workflow's steps — submit, approve, request
 * changes, issue, withdraw, dispute, and the chief executive's decision on a dispute (MR-9). Which step each person may
 * take, and what the rules allow, is media-service's answer; the page offers the steps that fit the release's status.
 */
@Path("/releases")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ReleasePages {

    private static final int LIST_SIZE = 200;
    static final List<Status> STATUSES = List.of(
            new Status("DRAFT", "Drafts", "Draft", "govuk-tag--grey"),
            new Status("IN_REVIEW", "In review", "In review", "govuk-tag--blue"),
            new Status("APPROVED", "Approved", "Approved", "govuk-tag--turquoise"),
            new Status("DISPUTED", "Disputed", "Disputed", "govuk-tag--orange"),
            new Status("ISSUED", "Issued", "Issued", "govuk-tag--green"),
            new Status("REJECTED", "Rejected", "Rejected", "govuk-tag--red"),
            new Status("WITHDRAWN", "Withdrawn", "Withdrawn", "govuk-tag--grey"));
    private static final Set<String> STEPS = Set.of("submit", "approve", "request-changes", "dispute", "decide", "withdraw",
            "issue");

    /** A release status: its tab, its tag. */
    public record Status(String value, String tab, String label, String tag) {
        static Status of(String value) {
            return STATUSES.stream().filter(s -> s.value().equals(value)).findFirst()
                    .orElse(new Status(value, value, value, "govuk-tag--grey"));
        }
    }

    /** Someone the editor can quote: "COUNCILLOR:id" or "OFFICER:id", and how the list names them. */
    public record Speaker(String value, String label) {
    }

    /** The choices the editor offers: who can be quoted, and the council's wards. */
    public record Choices(List<Speaker> councillors, List<Speaker> officers, List<Ward> wards) {
    }

    /** The release's page: the stored release (null for a new one), the form, what went wrong, and its history. */
    public record View(Release release, Status status, ReleaseForm form, FormErrors errors, Release.RuleReport report,
            boolean editable, List<Release.Transition> history, String done) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SignedIn.Viewer viewer, List<Release> releases, List<Status> statuses,
                Status current, long total, Pagination pagination);

        static native TemplateInstance release(SignedIn.Viewer viewer, View view, Choices choices);

        static native TemplateInstance report(Release.RuleReport report, String note);
    }

    private final SignedIn signedIn;
    private final MediaApi media;
    private final DirectoryApi directory;

    ReleasePages(SignedIn signedIn, @RestClient MediaApi media, @RestClient DirectoryApi directory) {
        this.signedIn = signedIn;
        this.media = media;
        this.directory = directory;
    }

    @GET
    public TemplateInstance list(@QueryParam("status") String status, @QueryParam("page") Integer pageNumber) {
        Status current = status == null || status.isBlank() ? null : Status.of(status.strip());
        var page = media.releases(current == null ? null : current.value(), Pagination.requested(pageNumber), LIST_SIZE);
        return Templates.list(signedIn.viewer(), page.items(), STATUSES, current, page.total(), Pagination.of(page, "/releases",
                java.util.Collections.singletonMap("status", current == null ? null : current.value())));
    }

    @GET
    @Path("/new")
    public TemplateInstance newRelease() {
        return page(new View(null, Status.of("DRAFT"), ReleaseForm.EMPTY, FormErrors.NONE, null, true, List.of(), null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        ReleaseForm form = ReleaseForm.from(fields);
        ReleaseForm.Result typed = form.toDraft();
        View unsaved = new View(null, Status.of("DRAFT"), form, typed.errors(), null, true, List.of(), null);
        if (typed.errors().any()) {
            return refused(400, unsaved);
        }
        try {
            Release created = media.create(typed.draft());
            return Response.seeOther(URI.create("/releases/" + created.id() + "?done=saved")).build();
        } catch (WebApplicationException refusal) {
            return refused(refusal, unsaved);
        }
    }

    /** The editor's live report: the rules the draft as typed would meet on submission. Nothing is saved. */
    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check(MultivaluedMap<String, String> fields) {
        ReleaseForm.Result typed = ReleaseForm.from(fields).toDraft();
        if (typed.errors().any()) {
            return Templates.report(null, typed.errors().entries().get(0).message() + ".");
        }
        try {
            return Templates.report(media.check(typed.draft()), null);
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return Templates.report(null, "The rules are checked once the release has a title, its text and a purpose.");
        }
    }

    @GET
    @Path("/{id}")
    public TemplateInstance release(@PathParam("id") String id, @QueryParam("done") String done) {
        Release release = media.release(id);
        return page(view(release, ReleaseForm.of(release), FormErrors.NONE, done));
    }

    /** Saves the editor's changes against the version it showed; "submit" then sends the release for review. */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        ReleaseForm form = ReleaseForm.from(fields);
        ReleaseForm.Result typed = form.toDraft();
        String version = FormFields.one(fields, "version");
        if (typed.errors().any()) {
            return refused(400, view(media.release(id), form, typed.errors(), null));
        }
        try {
            Release saved = media.update(id, version, typed.draft());
            if ("submit".equals(FormFields.one(fields, "then"))) {
                media.act(id, "submit", String.valueOf(saved.version()), null);
                return Response.seeOther(URI.create("/releases/" + id + "?done=submitted")).build();
            }
            return Response.seeOther(URI.create("/releases/" + id + "?done=saved")).build();
        } catch (WebApplicationException refusal) {
            return refused(refusal, view(media.release(id), form, FormErrors.NONE, null));
        }
    }

    /** A workflow step on the version the page showed, with its reason where the step needs one. */
    @POST
    @Path("/{id}/step")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") String id, MultivaluedMap<String, String> fields) {
        String step = FormFields.one(fields, "step");
        if (!STEPS.contains(step)) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(view(media.release(id), null, new FormErrors(List.of(
                            new FormErrors.Entry(null, "Choose one of the steps the page offers"))), null)).render())
                    .build();
        }
        String why = FormFields.one(fields, step + "-why");
        String decision = FormFields.one(fields, "decision");
        try {
            media.act(id, step, FormFields.one(fields, "version"), new Release.Step(why.isEmpty() ? null : why,
                    decision.isEmpty() ? null : decision));
            return Response.seeOther(URI.create("/releases/" + id + "?done=" + step)).build();
        } catch (WebApplicationException refusal) {
            Release release = media.release(id);
            return refused(refusal, view(release, ReleaseForm.of(release), FormErrors.NONE, null));
        }
    }

    private View view(Release release, ReleaseForm form, FormErrors errors, String done) {
        boolean editable = release.open() && signedIn.caller().isComms();
        return new View(release, Status.of(release.status()), form == null ? ReleaseForm.of(release) : form, errors,
                release.ruleReport(), editable, media.history(release.id()), done);
    }

    private TemplateInstance page(View view) {
        Choices choices = view.editable() ? choices() : new Choices(List.of(), List.of(), List.of());
        return Templates.release(signedIn.viewer(), view, choices);
    }

    /** The service's refusal shown on the page, beside the fields it names; a refusal of the person is not a form error. */
    private Response refused(WebApplicationException refusal, View view) {
        Problem problem = FormErrors.problemOf(refusal);
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403 || problem.status() == 404) {
            throw refusal;
        }
        return refused(problem.status(), new View(view.release(), view.status(), view.form(),
                FormErrors.from(problem, ReleaseForm.FIELDS), view.report(), view.editable(), view.history(), null));
    }

    private Response refused(int status, View view) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page(view).render()).build();
    }

    /** Councillors by name and ward (two councillors may share a name: the sample council has two Cllr Ben Lowes). */
    private Choices choices() {
        List<Ward> wards = directory.wards(500).items();
        Map<String, String> wardNames = wards.stream().collect(Collectors.toMap(Ward::code, Ward::name, (a, b) -> a));
        List<Speaker> councillors = new ArrayList<>();
        directory.councillors(500).items().stream().filter(c -> c.status() == null || "ACTIVE".equals(c.status()))
                .sorted(Comparator.comparing(Person::displayName))
                .forEach(c -> councillors.add(new Speaker("COUNCILLOR:" + c.id(), c.displayName() + (c.wardCodes().isEmpty() ? ""
                        : ", " + c.wardCodes().stream().map(w -> wardNames.getOrDefault(w, w)).collect(Collectors.joining(" and "))))));
        List<Speaker> officers = new ArrayList<>();
        directory.officers(500).items().stream().filter(o -> o.status() == null || "ACTIVE".equals(o.status()))
                .sorted(Comparator.comparing(Person::displayName))
                .forEach(o -> officers.add(new Speaker("OFFICER:" + o.id(), o.displayName()
                        + (o.jobTitle() == null ? "" : ", " + o.jobTitle()))));
        return new Choices(councillors, officers, wards);
    }
}
