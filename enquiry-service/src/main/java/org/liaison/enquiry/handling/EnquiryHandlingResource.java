package org.liaison.enquiry.handling;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.UUID;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.infrastructure.auth.Roles;

@Path("/enquiries/{id}")
@RolesAllowed(Roles.OFFICER)
public class EnquiryHandlingResource {

    private final EnquiryHandling handling;

    EnquiryHandlingResource(EnquiryHandling handling) {
        this.handling = handling;
    }

    public record HoldingReplyResult(UUID id, String reference, String status, Instant previousDueAt, Instant dueAt) {
    }

    @POST
    @Path("/holding-reply")
    public HoldingReplyResult holdingReply(@PathParam("id") UUID id, @NotNull @Valid HoldingReplyRequest request) {
        Enquiry enquiry = handling.holdingReply(id, request);
        return new HoldingReplyResult(enquiry.id, enquiry.reference, enquiry.status.name(),
                enquiry.originalDueAt, enquiry.dueAt);
    }
}
