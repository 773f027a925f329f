package org.liaison.notify.delivery;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liaison.infrastructure.auth.Roles;

/**
 * The outbound email log, for members' services to see what was sent to whom and when; {@code template} says what kind
 * of email it is (an invitation to a public meeting, a reply to an enquiry…).
 */
@Path("/notifications")
@RolesAllowed({Roles.MEMBERS_SERVICES, Roles.ADMIN})
public class NotificationResource {

    public record NotificationView(UUID id, String sourceEvent, UUID matterId, String recipientId, String recipientEmail,
            String status, int attempts, String messageId, Instant createdAt, Instant nextAttemptAt, String heldReason,
            Instant sentAt, String lastError, Instant bouncedAt, String bounceReason, String template) {

        static NotificationView of(Notification n) {
            boolean waiting = n.status == Notification.Status.PENDING || n.status == Notification.Status.RETRYING;
            return new NotificationView(n.id, n.sourceEvent, n.matterId, n.recipientId, n.recipientEmail, n.status.name(),
                    n.attempts, n.messageId, n.createdAt, waiting ? n.nextAttemptAt : null, n.heldReason, n.sentAt,
                    n.lastError, n.bouncedAt, n.bounceReason, n.template);
        }
    }

    private final MailDispatcher delivery;

    NotificationResource(MailDispatcher delivery) {
        this.delivery = delivery;
    }

    @GET
    public List<NotificationView> list(@QueryParam("recipient") String recipient, @QueryParam("status") Notification.Status status,
            @QueryParam("source") String source) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (recipient != null) {
            where.add("recipientId = :recipient");
            params.and("recipient", recipient);
        }
        if (status != null) {
            where.add("status = :status");
            params.and("status", status);
        }
        if (source != null) {
            where.add("sourceEvent = :source");
            params.and("source", source);
        }
        List<Notification> found = where.isEmpty()
                ? Notification.listAll(Sort.by("createdAt").descending())
                : Notification.list(String.join(" and ", where), Sort.by("createdAt").descending(), params);
        return found.stream().limit(500).map(NotificationView::of).toList();
    }

    /**
     * HUB-2: sends a FAILED or BOUNCED email again, to the recipient's address in the directory now (corrected since,
     * perhaps). 409 for an email in any other state.
     */
    @POST
    @Path("/{id}/resend")
    public jakarta.ws.rs.core.Response resend(@PathParam("id") UUID id) {
        return jakarta.ws.rs.core.Response.accepted(NotificationView.of(delivery.resend(id))).build();
    }
}
