package org.liaison.enquiry.handling;

import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaison.enquiry.intake.Enquiry;
import org.liaison.enquiry.access.EnquiryAccess;

/** What is done with one enquiry; who may do each is {@link EnquiryAccess}'s. */
@Path("/enquiries/{id}")
public class EnquiryHandlingResource {

    private final EnquiryHandling handling;

    EnquiryHandlingResource(EnquiryHandling handling) {
        this.handling = handling;
    }

    public record HoldingReplyResult(UUID id, String reference, String status, Instant previousDueAt, Instant dueAt) {
    }

    public record Outcome(UUID id, String reference, String status) {
        static Outcome of(Enquiry enquiry) {
            return new Outcome(enquiry.id, enquiry.reference, enquiry.status.name());
        }
    }

    @POST
    @Path("/reply")
    @PermissionsAllowed(EnquiryAccess.HANDLE)
    public Outcome reply(@PathParam("id") UUID id, @NotNull @Valid ReplyRequest request) {
        return Outcome.of(handling.reply(id, request));
    }

    @POST
    @Path("/decline")
    @PermissionsAllowed(EnquiryAccess.HANDLE)
    public Outcome decline(@PathParam("id") UUID id, @NotNull @Valid DeclineRequest request) {
        return Outcome.of(handling.decline(id, request));
    }

    @POST
    @Path("/reassign")
    @PermissionsAllowed(EnquiryAccess.REASSIGN)
    public Outcome reassign(@PathParam("id") UUID id, @NotNull @Valid ReassignRequest request) {
        return Outcome.of(handling.reassign(id, request));
    }

    @POST
    @Path("/withdraw")
    @PermissionsAllowed(EnquiryAccess.OWN)
    public Outcome withdraw(@PathParam("id") UUID id) {
        return Outcome.of(handling.withdraw(id));
    }

    /** ENQ-10: the councillor records their own consent to copying their casework enquiry's reply. */
    @POST
    @Path("/copy-consent")
    @PermissionsAllowed(EnquiryAccess.OWN)
    public CopyConsent.View recordCopyConsent(@PathParam("id") UUID id, @NotNull @Valid CopyConsentRequest request) {
        return handling.recordCopyConsent(id, request);
    }

    /** ENQ-10: what the councillor consented to, and when (recordedAt null: they have not said). */
    @GET
    @Path("/copy-consent")
    @PermissionsAllowed(EnquiryAccess.READ)
    public CopyConsent.View copyConsent(@PathParam("id") UUID id) {
        return handling.copyConsent(id);
    }

    /** ENQ-11: the councillor disputes a decline; the council profile's decider decides. */
    @POST
    @Path("/dispute")
    @PermissionsAllowed(EnquiryAccess.OWN)
    public Outcome dispute(@PathParam("id") UUID id, @NotNull @Valid DisputeRequest request) {
        return Outcome.of(handling.dispute(id, request));
    }

    /** ENQ-11: the profile's decider upholds the decline or overturns it (the request is then answered). */
    @POST
    @Path("/dispute-decision")
    @PermissionsAllowed(EnquiryAccess.DECIDE_DISPUTE)
    public Outcome decideDispute(@PathParam("id") UUID id, @NotNull @Valid DisputeDecisionRequest request) {
        return Outcome.of(handling.decideDispute(id, request));
    }

    @POST
    @Path("/holding-reply")
    @PermissionsAllowed(EnquiryAccess.HANDLE)
    public HoldingReplyResult holdingReply(@PathParam("id") UUID id, @NotNull @Valid HoldingReplyRequest request) {
        Enquiry enquiry = handling.holdingReply(id, request);
        return new HoldingReplyResult(enquiry.id, enquiry.reference, enquiry.status.name(),
                enquiry.originalDueAt, enquiry.dueAt);
    }

    /** ENQ-7: the new target dates a holding reply may give now, earliest first (the officer's form offers only these). */
    @GET
    @Path("/holding-reply-dates")
    @PermissionsAllowed(EnquiryAccess.HANDLE)
    public EnquiryHandling.HoldingReplyDates holdingReplyDates(@PathParam("id") UUID id) {
        return handling.holdingReplyDates(id);
    }

    /** Who the enquiry may be reassigned to now, by name (a conflicted officer is left out unexplained, DIR-5). */
    @GET
    @Path("/reassign-candidates")
    @PermissionsAllowed(EnquiryAccess.REASSIGN)
    public List<EnquiryHandling.ReassignCandidate> reassignCandidates(@PathParam("id") UUID id) {
        return handling.reassignCandidates(id);
    }
}
