package org.liaison.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.Caller;
import org.liaison.web.api.DirectoryApi;
import org.liaison.web.api.Person;

/**
 * Who is signed in, as the services see them: directory-service's {@code GET /me} (their directory id and Liaison
 * roles) and their directory record. Asked once per request; the web app keeps nothing about anyone.
 */
@RequestScoped
public class SignedIn {

    private final DirectoryApi directory;
    private final List<String> councillorTells;
    private final List<String> officerTells;
    private Caller caller;
    private Person person;

    /** {@code relationships.*-tells}: the council profile's DIR-5 readers (P9), for the menu ({@link RelationshipsToldOf}). */
    SignedIn(@RestClient DirectoryApi directory,
            @ConfigProperty(name = "liaison.relationships.councillor-tells", defaultValue = "MONITORING_OFFICER,CHIEF_EXECUTIVE")
            List<String> councillorTells,
            @ConfigProperty(name = "liaison.relationships.officer-tells", defaultValue = "MONITORING_OFFICER,CHIEF_EXECUTIVE")
            List<String> officerTells) {
        this.directory = directory;
        this.councillorTells = List.copyOf(councillorTells);
        this.officerTells = List.copyOf(officerTells);
    }

    public Caller caller() {
        if (caller == null) {
            caller = directory.me();
        }
        return caller;
    }

    public String id() {
        return caller().id();
    }

    /** Their directory record; by id only if the directory has none for them (a service account, say). */
    public Person person() {
        if (person == null) {
            Caller me = caller();
            try {
                // anyone but a councillor is staff (comms, members' services, the chief executive…): an officer record
                person = me.isCouncillor() ? directory.councillor(me.id()) : directory.officer(me.id());
            } catch (WebApplicationException e) {
                if (e.getResponse().getStatus() != 404) {
                    throw e;
                }
                person = Person.unknown(me.id());
            }
        }
        return person;
    }

    /** What the page layout needs: the name to show and which parts of Liaison to offer. */
    public Viewer viewer() {
        return new Viewer(person().displayName(), caller(),
                RelationshipsToldOf.offered(caller(), councillorTells, officerTells));
    }

    /** {@code toldOfRelationships}: the menu offers the relationships the council profile tells them of (DIR-5). */
    public record Viewer(String name, Caller caller, boolean toldOfRelationships) {
    }
}
