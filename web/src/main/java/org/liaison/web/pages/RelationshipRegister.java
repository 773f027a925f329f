package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Person;
import org.liaison.web.api.Problem;
import org.liaison.web.api.Relationship;

/**
 * The monitoring officer's register of declared relationships (DIR-5): every declaration with who declared it to whom,
 * and the form to record a new one. directory-service shows the register to the monitoring officer and the chief
 * executive only, and tells the other services just the councillor–officer pair, so that routing passes by the officer.
 */
@Path("/relationships")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RelationshipRegister {

    static final List<FormErrors.Field> FIELDS = List.of(
            new FormErrors.Field("councillorId", "Councillor", "Select the councillor"),
            new FormErrors.Field("officerId", "Officer", "Select the officer"),
            new FormErrors.Field("kind", "Kind of relationship", "Select the kind of relationship"),
            new FormErrors.Field("declaredOn", "Date declared", "Enter the date it was declared"),
            new FormErrors.Field("declaredTo", "Declared to", "Say whom it was declared to"),
            new FormErrors.Field("notes", "Notes", "Check the notes"));
    static final List<Kind> KINDS = List.of(new Kind("FAMILY", "Family"), new Kind("BUSINESS", "Business"),
            new Kind("CLOSE_PERSONAL", "Close personal"), new Kind("OTHER", "Other"));

    public record Kind(String value, String label) {
        static String labelOf(String value) {
            return KINDS.stream().filter(k -> k.value().equals(value)).map(Kind::label).findFirst().orElse(value);
        }
    }

    /** A declaration as the register shows it: the two people by name. */
    public record Row(Relationship relationship, String councillor, String officer, String kind) {
    }

    /** The form as typed. */
    public record Form(String councillorId, String officerId, String kind, DateInput declaredOn, String declaredTo,
            String notes) {
        static final Form EMPTY = new Form("", "", "", DateInput.EMPTY, "Monitoring Officer", "");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(SignedIn.Viewer viewer, List<Row> rows, long total, boolean recorded,
                boolean keeper);

        static native TemplateInstance declare(SignedIn.Viewer viewer, Form form, FormErrors errors, List<Person> councillors,
                List<Person> officers, List<Kind> kinds);
    }

    private final SignedIn signedIn;
    private final DirectoryApi directory;
    private final PeopleNames names;

    RelationshipRegister(SignedIn signedIn, @RestClient DirectoryApi directory, PeopleNames names) {
        this.signedIn = signedIn;
        this.directory = directory;
        this.names = names;
    }

    /** The form to record a declaration is the keepers' (the monitoring officer's and the chief executive's). */
    private void keepersOnly() {
        if (!signedIn.caller().readsRelationships()) {
            throw new ForbiddenException("The register of declared relationships is kept by the monitoring officer and "
                    + "the chief executive.");
        }
    }

    /**
     * The keepers' whole register; to a councillor or an officer, the declarations the council profile tells them of
     * (directory-service answers them with those alone, DIR-5 P9), read-only. Nobody else sees either.
     */
    @GET
    public TemplateInstance register(@QueryParam("recorded") boolean recorded) {
        boolean keeper = signedIn.caller().readsRelationships();
        if (!keeper && !RelationshipsToldOf.mayOpen(signedIn.caller())) {
            keepersOnly();
        }
        var page = directory.relationships(500);
        List<Row> rows;
        if (keeper) {
            Map<String, String> councillors = names(directory.councillors(500).items());
            Map<String, String> officers = names(directory.officers(500).items());
            rows = page.items().stream().map(r -> new Row(r, councillors.getOrDefault(r.councillorId(), r.councillorId()),
                    officers.getOrDefault(r.officerId(), r.officerId()), Kind.labelOf(r.kind()))).toList();
        } else {
            rows = page.items().stream().map(r -> new Row(r, names.councillor(r.councillorId()), names.officer(r.officerId()),
                    Kind.labelOf(r.kind()))).toList();
        }
        return Templates.register(signedIn.viewer(), rows, page.total(), recorded, keeper);
    }

    @GET
    @Path("/new")
    public TemplateInstance newDeclaration() {
        keepersOnly();
        return form(Form.EMPTY, FormErrors.NONE);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response declare(MultivaluedMap<String, String> fields) {
        keepersOnly();
        Form form = new Form(FormFields.one(fields, "councillorId"), FormFields.one(fields, "officerId"),
                FormFields.one(fields, "kind"), DateInput.from(fields, "declaredOn"), FormFields.one(fields, "declaredTo"),
                FormFields.one(fields, "notes"));
        List<FormErrors.Entry> typing = new ArrayList<>();
        LocalDate declaredOn = form.declaredOn().blank() ? null : form.declaredOn().date("declaredOn", "The date declared", typing);
        if (!typing.isEmpty()) {
            return refused(400, form, new FormErrors(typing));
        }
        try {
            directory.declare(new Relationship.Declaration(blankToNull(form.councillorId()), blankToNull(form.officerId()),
                    blankToNull(form.kind()), declaredOn, form.declaredTo(), blankToNull(form.notes())));
            return Response.seeOther(URI.create("/relationships?recorded=true")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
                throw refusal;
            }
            return refused(problem.status(), form, FormErrors.from(problem, FIELDS));
        }
    }

    private Response refused(int status, Form form, FormErrors errors) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(form(form, errors).render())
                .build();
    }

    private TemplateInstance form(Form form, FormErrors errors) {
        Comparator<Person> byName = Comparator.comparing(Person::displayName);
        return Templates.declare(signedIn.viewer(), form, errors,
                directory.councillors(500).items().stream().sorted(byName).toList(),
                directory.officers(500).items().stream().sorted(byName).toList(), KINDS);
    }

    private static Map<String, String> names(List<Person> people) {
        return people.stream().collect(Collectors.toMap(Person::id, Person::displayName, (a, b) -> a, HashMap::new));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
