package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.DirectoryImport;
import org.liaison.web.api.Problem;

/**
 * Members' services' CSV import into the directory (DIR-7): a kind of record and a file (or its text pasted). The
 * directory imports a file all or nothing: a file with a bad row is refused whole, and every bad cell is shown against
 * its line. Which kinds a person may import is directory-service's decision (officers and service areas: admins).
 */
@Path("/directory-import")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class DirectoryImportPage {

    /** The kinds in the order they import (a councillor's group and wards first, an officer before their service area). */
    static final List<Kind> KINDS = List.of(
            new Kind("wards", "Wards", "code, name"),
            new Kind("groups", "Political groups", "code, name, leaderEmail"),
            new Kind("committees", "Committees", "code, name, kind"),
            new Kind("councillors", "Councillors", "displayName, email, phone, groupCode, wardCodes, roles, termStart, termEnd, preferredContact, status"),
            new Kind("officers", "Officers", "displayName, email, phone, jobTitle, seniority, statutoryRoles, serviceAreaCodes, lineManagerEmail, politicallyRestricted, workDays, workStart, workEnd, absences, status"),
            new Kind("service-areas", "Service areas", "code, name, keyContactEmail, headOfServiceEmail, directorEmail"));
    static final long MAX_FILE_BYTES = 5 * 1024 * 1024;

    public record Kind(String value, String label, String columns) {
        static String labelOf(String value) {
            return KINDS.stream().filter(k -> k.value().equals(value)).map(Kind::label).findFirst().orElse(value);
        }
    }

    /** What was asked: the kind, and the text pasted (a file is not sent back). */
    public record Form(String kind, String csv) {
        static final Form EMPTY = new Form("", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance importPage(SignedIn.Viewer viewer, Form form, List<Kind> kinds, DirectoryImport imported,
                String importedLabel, ImportReport report);
    }

    private final SignedIn signedIn;
    private final DirectoryApi directory;

    DirectoryImportPage(SignedIn signedIn, @RestClient DirectoryApi directory) {
        this.signedIn = signedIn;
        this.directory = directory;
    }

    @GET
    public TemplateInstance form() {
        return Templates.importPage(signedIn.viewer(), Form.EMPTY, KINDS, null, null, ImportReport.NONE);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@RestForm String kind, @RestForm("file") FileUpload file, @RestForm String csv) {
        Form form = new Form(kind == null ? "" : kind.strip(), csv == null ? "" : csv);
        if (form.kind().isEmpty()) {
            return refused(400, form, singleError("kind", "Select what the file holds"));
        }
        String text;
        if (file != null && file.size() > 0) {
            if (file.size() > MAX_FILE_BYTES) {
                return refused(413, form, singleError("file", "The file must be smaller than 5 MB: import it in parts"));
            }
            text = read(file);
            if (text == null) {
                return refused(400, form, singleError("file", "The file must be a CSV file saved as UTF-8 text"));
            }
        } else {
            text = form.csv();
        }
        if (text.isBlank()) {
            return refused(400, form, singleError("file", "Choose a CSV file, or paste its text"));
        }
        try {
            DirectoryImport imported = directory.importCsv(form.kind(), text);
            return Response.ok(Templates.importPage(signedIn.viewer(), Form.EMPTY, KINDS, imported,
                    Kind.labelOf(imported.kind()).toLowerCase(java.util.Locale.UK), ImportReport.NONE).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() == 403) {
                return refused(403, form, singleError("kind", "The directory does not let you import "
                        + Kind.labelOf(form.kind()).toLowerCase(java.util.Locale.UK) + ": ask an administrator to"));
            }
            if (problem.status() >= 500 || problem.status() == 401) {
                throw refusal;
            }
            return refused(problem.status(), form, ImportReport.from(problem, "file"));
        }
    }

    private Response refused(int status, Form form, ImportReport report) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.importPage(signedIn.viewer(), form, KINDS, null, null, report).render()).build();
    }

    private static ImportReport singleError(String field, String message) {
        return new ImportReport(null, List.of(), new FormErrors(List.of(new FormErrors.Entry(field, message))));
    }

    /** The file's text, or null if it is not UTF-8 text. */
    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
