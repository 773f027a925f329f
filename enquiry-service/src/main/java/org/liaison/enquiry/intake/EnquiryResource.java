package org.liaison.enquiry.intake;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.liaison.enquiry.access.EnquiryAccess;
import org.liaison.infrastructure.auth.Roles;

@Path("/enquiries")
@Authenticated
public class EnquiryResource {

    private final EnquiryIntake intake;
    private final SecurityIdentity identity;

    EnquiryResource(EnquiryIntake intake, SecurityIdentity identity) {
        this.intake = intake;
        this.identity = identity;
    }

    public record Received(UUID id, String reference, Instant receivedAt, Instant dueAt, String assignedOfficerId,
            String routingReason) {
    }

    @POST
    @RolesAllowed(Roles.COUNCILLOR)
    public Response receive(@NotNull @Valid EnquiryRequest request, @Context UriInfo uri) {
        Enquiry enquiry = intake.receive(identity.getPrincipal().getName(), request);
        return Response.created(uri.getAbsolutePathBuilder().path(enquiry.id.toString()).build())
                .entity(new Received(enquiry.id, enquiry.reference, enquiry.receivedAt, enquiry.dueAt,
                        enquiry.assignedOfficerId, enquiry.routingReason))
                .build();
    }

    @GET
    @RolesAllowed({Roles.COUNCILLOR, Roles.OFFICER, Roles.MEMBERS_SERVICES, Roles.CHIEF_EXECUTIVE, Roles.MONITORING_OFFICER,
            Roles.ADMIN})
    public org.liaison.infrastructure.rest.Page<EnquiryView> list(@QueryParam("status") Enquiry.Status status,
            @QueryParam("serviceArea") String serviceArea, @QueryParam("assignedTo") String assignedTo,
            @QueryParam("councillor") String councillor, @QueryParam("overdue") Boolean overdue,
            @BeanParam org.liaison.infrastructure.rest.PageRequest page) {
        return intake.search(new EnquiryIntake.Search(status, serviceArea, assignedTo, councillor, overdue), page.validated());
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(EnquiryAccess.READ)
    public EnquiryView get(@PathParam("id") UUID id) {
        return intake.read(id);
    }

    @GET
    @Path("/{id}/due-date-explanation")
    @PermissionsAllowed(EnquiryAccess.READ)
    public DueDateExplanation explainDueDate(@PathParam("id") UUID id) {
        return intake.explainDueDate(id);
    }
}
