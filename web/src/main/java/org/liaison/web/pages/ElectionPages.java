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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Election;
import org.liaison.web.api.MediaApi;
import org.liaison.web.api.Problem;
import org.liaison.web.api.Ward;

/**
 * Pre-election periods (MR-7): from the notice of election to polling day, releases may not feature candidates or
 * councillors of the wards concerned. Members' services record them (media-service keeps them and checks every release
 * against them); comms and the chief executive see them, so a release is planned around them.
 */
@Path("/elections")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ElectionPages {

    static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("name", "Election", "Enter the election's name"),
            new FormErrors.Field("noticePublishedOn", "Notice of election published", "Enter the date the notice of election is published"),
            new FormErrors.Field("pollingDay", "Polling day", "Enter the polling day"),
            new FormErrors.Field("scope", "Wards", "Select whether every ward or some wards are electing"),
            new FormErrors.Field("wardCodes", "Wards electing", "Select the wards electing"));

    /** A period as the list shows it: its wards by name, or "Every ward". */
    public record Row(Election election, String wards) {
    }

    /** The form as typed. */
    public record Form(String name, DateInput noticePublishedOn, DateInput pollingDay, String scope, List<String> wardCodes) {
        static final Form EMPTY = new Form("", DateInput.EMPTY, DateInput.EMPTY, "ALL", List.of());
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance elections(SignedIn.Viewer viewer, List<Row> rows, String done);

        static native TemplateInstance period(SignedIn.Viewer viewer, Form form, FormErrors errors, List<Ward> wards);
    }

    private final SignedIn signedIn;
    private final MediaApi media;
    private final DirectoryApi directory;

    ElectionPages(SignedIn signedIn, @RestClient MediaApi media, @RestClient DirectoryApi directory) {
        this.signedIn = signedIn;
        this.media = media;
        this.directory = directory;
    }

    @GET
    public TemplateInstance elections(@QueryParam("done") String done) {
        List<Election> elections = media.elections();
        Map<String, String> wards = wardNames();
        List<Row> rows = elections.stream().map(e -> new Row(e, "ALL".equals(e.scope()) ? "Every ward"
                : e.wardCodes().stream().map(c -> wards.getOrDefault(c, c)).collect(Collectors.joining(", ")))).toList();
        return Templates.elections(signedIn.viewer(), rows, done);
    }

    @GET
    @Path("/new")
    public TemplateInstance newPeriod() {
        return Templates.period(signedIn.viewer(), Form.EMPTY, FormErrors.NONE, wards());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(MultivaluedMap<String, String> fields) {
        Form form = new Form(FormFields.one(fields, "name"), DateInput.from(fields, "noticePublishedOn"),
                DateInput.from(fields, "pollingDay"), FormFields.one(fields, "scope"),
                fields.getOrDefault("wardCodes", List.of()));
        List<FormErrors.Entry> typing = new ArrayList<>();
        LocalDate notice = form.noticePublishedOn().blank() ? null
                : form.noticePublishedOn().date("noticePublishedOn", "The date the notice is published", typing);
        LocalDate polling = form.pollingDay().blank() ? null : form.pollingDay().date("pollingDay", "Polling day", typing);
        if (!typing.isEmpty()) {
            return refused(400, form, new FormErrors(typing));
        }
        boolean some = "WARDS".equals(form.scope());
        try {
            media.createElection(new Election.Period(form.name().isEmpty() ? null : form.name(), notice, polling,
                    form.scope().isEmpty() ? null : form.scope(), some ? form.wardCodes() : List.of()));
            return Response.seeOther(URI.create("/elections?done=recorded")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return refused(problem.status(), form, FormErrors.from(problem, FIELDS));
        }
    }

    @POST
    @Path("/{id}/delete")
    public Response delete(@PathParam("id") String id) {
        media.deleteElection(id);
        return Response.seeOther(URI.create("/elections?done=deleted")).build();
    }

    private Response refused(int status, Form form, FormErrors errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.period(signedIn.viewer(), form, errors, wards()).render()).build();
    }

    private List<Ward> wards() {
        return directory.wards(500).items().stream().sorted(java.util.Comparator.comparing(Ward::name)).toList();
    }

    private Map<String, String> wardNames() {
        return directory.wards(500).items().stream().collect(Collectors.toMap(Ward::code, Ward::name, (a, b) -> a));
    }
}
