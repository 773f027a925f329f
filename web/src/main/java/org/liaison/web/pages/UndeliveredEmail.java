package org.liaison.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.liaison.web.api.Notification;
import org.liaison.web.api.NotifyApi;
import org.liaison.web.api.Problem;

/**
 * Members' services' undelivered email (HUB-2): every email the relay would not take (FAILED) or that came back with a
 * delivery report (BOUNCED), newest first, each with a button to send it again. ward-notify-service sends it again to
 * the address the directory has for the recipient now, so a corrected address is used.
 */
@Path("/undelivered")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class UndeliveredEmail {

    /** An undelivered email as the page lists it: the recipient by name, what it was about, why it did not arrive. */
    public record Row(Notification email, String recipient, String about, String status, String tag, String reason,
            Instant when) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance undelivered(SignedIn.Viewer viewer, List<Row> rows, boolean resent, FormErrors errors);
    }

    private final SignedIn signedIn;
    private final NotifyApi notify;
    private final PeopleNames names;

    UndeliveredEmail(SignedIn signedIn, @RestClient NotifyApi notify, PeopleNames names) {
        this.signedIn = signedIn;
        this.notify = notify;
        this.names = names;
    }

    @GET
    public TemplateInstance undelivered(@QueryParam("resent") boolean resent) {
        return page(resent, FormErrors.NONE);
    }

    @POST
    @Path("/{id}/resend")
    public Response resend(@PathParam("id") String id) {
        try {
            notify.resend(id);
            return Response.seeOther(URI.create("/undelivered?resent=true")).build();
        } catch (WebApplicationException refusal) {
            Problem problem = FormErrors.problemOf(refusal);
            if (problem.status() != 404 && problem.status() != 409) {
                throw refusal;
            }
            // sent again meanwhile (by someone else, or this button pressed twice): say so above the list as it is now
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(false, FormErrors.from(problem, List.of())).render()).build();
        }
    }

    private TemplateInstance page(boolean resent, FormErrors errors) {
        List<Row> rows = rows(notify.notifications("FAILED"), notify.notifications("BOUNCED"), this::recipientName);
        return Templates.undelivered(signedIn.viewer(), rows, resent, errors);
    }

    /** FAILED and BOUNCED together, the most recent trouble first. */
    static List<Row> rows(List<Notification> failed, List<Notification> bounced, Function<String, String> names) {
        return Stream.concat(failed.stream(), bounced.stream()).map(n -> row(n, names))
                .sorted(Comparator.comparing(Row::when, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    static Row row(Notification email, Function<String, String> names) {
        boolean bounced = "BOUNCED".equals(email.status());
        return new Row(email, names.apply(email.recipientId()), about(email.template()),
                bounced ? "Bounced" : "Could not be sent", bounced ? "govuk-tag--red" : "govuk-tag--orange",
                Objects.requireNonNullElse(bounced ? email.bounceReason() : email.lastError(), ""),
                bounced && email.bouncedAt() != null ? email.bouncedAt() : email.createdAt());
    }

    /** What the email was, in words, from the name ward-notify-service gives each kind of email (its template). */
    static String about(String template) {
        return switch (template == null ? "" : template) {
            case "publicMeetingInvitation" -> "Invitation to a public meeting";
            case "publicMeetingUpdate" -> "A public meeting changed";
            case "publicMeetingCancellation" -> "A public meeting cancelled";
            case "matterNotice" -> "A ward matter";
            case "matterUpdate" -> "A ward matter changed";
            case "matterCancellation" -> "A ward matter cancelled";
            case "matterReport" -> "A committee report on a ward matter";
            case "dailyDigest" -> "Daily digest of ward matters";
            case "enquiryAcknowledgement" -> "Enquiry received";
            case "enquiryHoldingReply" -> "Holding reply to an enquiry";
            case "enquiryReply" -> "Reply to an enquiry";
            case "enquiryReplyCopy" -> "Copy of a reply to an enquiry";
            case "enquiryChase" -> "Reminder of an enquiry due";
            case "enquiryDeclined" -> "Enquiry declined";
            case "notice" -> "Notice (a reassignment, withdrawal or dispute, or undelivered email)";
            default -> template;
        };
    }

    /** A recipient is a councillor or an officer (or a team's mailbox, shown as its id). */
    private String recipientName(String recipientId) {
        if (recipientId == null) {
            return "";
        }
        String councillor = names.councillor(recipientId);
        return councillor.equals(recipientId) ? names.officer(recipientId) : councillor;
    }
}
