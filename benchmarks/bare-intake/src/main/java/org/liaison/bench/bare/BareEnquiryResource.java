package org.liaison.bench.bare;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** POST /enquiries at its barest: persist the body's fields in one transaction, answer 201 with the id. */
@Path("/enquiries")
public class BareEnquiryResource {

    public record Request(String subject, String body, String serviceAreaCode, String wardCode, String category) {
    }

    public record Received(UUID id, Instant receivedAt) {
    }

    @POST
    @Transactional
    public Response receive(Request request) {
        BareEnquiry enquiry = new BareEnquiry();
        enquiry.id = UUID.randomUUID();
        enquiry.councillorId = "bare";
        enquiry.subject = request.subject();
        enquiry.body = request.body();
        enquiry.serviceAreaCode = request.serviceAreaCode();
        enquiry.wardCode = request.wardCode();
        enquiry.category = request.category();
        enquiry.receivedAt = Instant.now();
        enquiry.persist();
        return Response.created(URI.create("/enquiries/" + enquiry.id)).entity(new Received(enquiry.id, enquiry.receivedAt))
                .build();
    }
}
