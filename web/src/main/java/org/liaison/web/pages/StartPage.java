package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.liaison.web.api.Person;

/** After sign-in: who Liaison takes you to be, and what you can do here. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StartPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(SignedIn.Viewer viewer, Person person, String directoryId);
    }

    private final SignedIn signedIn;

    StartPage(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @GET
    public TemplateInstance start() {
        return Templates.start(signedIn.viewer(), signedIn.person(), signedIn.id());
    }
}
