package org.liaison.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.WebApplicationException;
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
    private Caller caller;
    private Person person;

    SignedIn(@RestClient DirectoryApi directory) {
        this.directory = directory;
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
        return new Viewer(person().displayName(), caller());
    }

    public record Viewer(String name, Caller caller) {
    }
}
