package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.liaison.web.api.Problem;

/**
 * Every failure becomes a page that says what happened and what to do: a service's refusal is passed on with its
 * status and sentence; a service that fails or does not answer is a 502 or 503, never a 500 of ours.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response refused(WebApplicationException e) {
        if (!(e instanceof ClientWebApplicationException)) {
            int status = e.getResponse().getStatus();
            if (status == 403) { // a page's own refusal says why, as a service's does
                return page(403, "You cannot do this", e.getMessage() == null ? "" : e.getMessage());
            }
            return page(status, status == 404 ? "Page not found" : e.getResponse().getStatusInfo().getReasonPhrase(),
                    status == 404 ? "If you typed the web address, check it is correct." : "The request could not be handled.");
        }
        Problem problem = FormErrors.problemOf(e);
        int status = problem.status();
        String detail = problem.detail() == null ? "" : problem.detail();
        if (status >= 500) {
            LOG.warnf("A service failed (%d): %s", status, detail);
            return page(502, "Sorry, there is a problem with the service",
                    "Liaison's services could not complete this just now; nothing was changed by this page. Try again later.");
        }
        return switch (status) {
            case 401 -> page(401, "You cannot use Liaison with this account", detail);
            case 403 -> page(403, "You cannot do this", detail);
            case 404 -> page(404, "Page not found", detail);
            default -> page(status, "Liaison could not do this", detail);
        };
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        LOG.warnf("A service did not answer: %s", e.getMessage());
        return page(503, "Sorry, the service is unavailable",
                "One of Liaison's services is not answering. Nothing was changed by this page; try again in a few minutes.");
    }

    static Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail).render()).build();
    }
}
