package org.liaison.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.liaison.web.api.ClosureDay;
import org.liaison.web.api.EnquiryApi;
import org.liaison.web.api.Problem;

/**
 * Members' services' council calendar (ENQ-2): the days the council is closed, which the SLA clock does not count, with
 * the form to add one and a button to remove each; and, for administrators, GOV.UK's bank-holidays.json uploaded.
 * enquiry-service keeps both lists and moves the due dates they change.
 */
@Path("/calendar")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CouncilCalendarPage {

    static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("day", "Date", "Enter the date the council is closed"),
            new FormErrors.Field("reason", "Reason", "Enter why the council is closed"));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The add form as typed. */
    public record Form(DateInput day, String reason) {
        static final Form EMPTY = new Form(DateInput.EMPTY, "");
    }

    /** What the last step did, for the banner: a day added or removed, or bank holidays imported. */
    public record Done(String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance calendar(SignedIn.Viewer viewer, List<ClosureDay> closureDays, Form form,
                FormErrors errors, FormErrors importErrors, Done done);
    }

    private final SignedIn signedIn;
    private final EnquiryApi enquiries;

    CouncilCalendarPage(SignedIn signedIn, @RestClient EnquiryApi enquiries) {
        this.signedIn = signedIn;
        this.enquiries = enquiries;
    }

    @GET
    public TemplateInstance calendar(@QueryParam("added") String added, @QueryParam("removed") String removed) {
        Done done = added != null ? new Done(dayName(added) + " is a closure day: the SLA clock does not count it")
                : removed != null ? new Done(dayName(removed) + " is no longer a closure day") : null;
        return page(Form.EMPTY, FormErrors.NONE, FormErrors.NONE, done);
    }

    @POST
    @Path("/closure-days")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(MultivaluedMap<String, String> fields) {
        Form form = new Form(DateInput.from(fields, "closedOn"), FormFields.one(fields, "reason"));
        List<FormErrors.Entry> typing = new ArrayList<>();
        LocalDate day = form.day().date("day", "The date", typing);
        if (!typing.isEmpty()) {
            return refused(400, form, new FormErrors(typing), FormErrors.NONE);
        }
        try {
            enquiries.setClosureDay(day.toString(), new ClosureDay.Reason(form.reason()));
            return Response.seeOther(URI.create("/calendar?added=" + day)).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return refused(problem.status(), form, FormErrors.from(problem, FIELDS), FormErrors.NONE);
        }
    }

    @POST
    @Path("/closure-days/{day}/remove")
    public Response remove(@PathParam("day") String day) {
        try {
            enquiries.removeClosureDay(day);
        } catch (WebApplicationException refusal) {
            if (refusal.getResponse().getStatus() != 404) { // removed already: the list shows it gone
                throw refusal;
            }
        }
        return Response.seeOther(URI.create("/calendar?removed=" + day)).build();
    }

    @POST
    @Path("/bank-holidays")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importBankHolidays(@RestForm("file") FileUpload file) {
        if (file == null || file.size() == 0) {
            return refused(400, Form.EMPTY, FormErrors.NONE, fileError("Choose GOV.UK's bank-holidays.json file"));
        }
        JsonNode json;
        try {
            json = JSON.readTree(file.uploadedFile().toFile());
        } catch (IOException e) {
            return refused(400, Form.EMPTY, FormErrors.NONE,
                    fileError("The file must be GOV.UK's bank-holidays.json: it is not JSON"));
        }
        try {
            Map<String, Integer> counts = enquiries.importBankHolidays(json);
            return Response.ok(page(Form.EMPTY, FormErrors.NONE, FormErrors.NONE, new Done(imported(counts))).render(),
                    MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return refused(problem.status(), Form.EMPTY, FormErrors.NONE,
                    FormErrors.from(problem, List.of(new FormErrors.Field("body", "The file", "Choose the file"))).renamed("body", "file"));
        }
    }

    /** "Imported 75 bank holidays: England and Wales 25, Scotland 25, Northern Ireland 25". */
    static String imported(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<String> each = counts.entrySet().stream().map(e -> nation(e.getKey()) + " " + e.getValue()).toList();
        return "Imported " + total + " bank holiday" + (total == 1 ? "" : "s") + (each.isEmpty() ? "" : ": " + String.join(", ", each));
    }

    static String nation(String nation) {
        return switch (nation) {
            case "ENGLAND_AND_WALES" -> "England and Wales";
            case "SCOTLAND" -> "Scotland";
            case "NORTHERN_IRELAND" -> "Northern Ireland";
            default -> nation;
        };
    }

    private static String dayName(String day) {
        try {
            return Formats.longDate(LocalDate.parse(day));
        } catch (java.time.format.DateTimeParseException e) {
            return day;
        }
    }

    private static FormErrors fileError(String message) {
        return new FormErrors(List.of(new FormErrors.Entry("file", message)));
    }

    private Response refused(int status, Form form, FormErrors errors, FormErrors importErrors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(form, errors, importErrors, null).render()).build();
    }

    private TemplateInstance page(Form form, FormErrors errors, FormErrors importErrors, Done done) {
        return Templates.calendar(signedIn.viewer(), enquiries.closureDays(), form, errors, importErrors, done);
    }
}
