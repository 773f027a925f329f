package org.liaison.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * enquiry-service, called as the signed-in person. What they may see and do is the service's decision: the web app
 * shows what it is given and passes on what it refuses.
 */
@RegisterRestClient(configKey = "enquiry-service")
@RegisterClientHeaders(PersonAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EnquiryApi {

    /** {@code GET /enquiries}; a null filter is left out. */
    @GET
    @Path("/enquiries")
    Page<Enquiry> search(@QueryParam("status") String status, @QueryParam("assignedTo") String assignedTo,
            @QueryParam("councillor") String councillor, @QueryParam("overdue") Boolean overdue,
            @QueryParam("size") int size);

    /** One page ({@code page} from 0) of {@code GET /enquiries}. */
    @GET
    @Path("/enquiries")
    Page<Enquiry> search(@QueryParam("status") String status, @QueryParam("assignedTo") String assignedTo,
            @QueryParam("councillor") String councillor, @QueryParam("overdue") Boolean overdue,
            @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/enquiries/{id}")
    Enquiry get(@PathParam("id") String id);

    /** ENQ-12 for {@code from}–{@code to} (ISO dates, null for the service's default: the last twelve months). */
    @GET
    @Path("/sla/report")
    SlaReport slaReport(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy);

    /** The same report as a spreadsheet (CSV with a header row). */
    @GET
    @Path("/sla/report")
    @Produces("text/csv")
    String slaReportCsv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy);

    @POST
    @Path("/enquiries")
    Enquiry.Received raise(Enquiry.NewEnquiry enquiry);

    @POST
    @Path("/enquiries/{id}/reply")
    Enquiry.Outcome reply(@PathParam("id") String id, Enquiry.Reply reply);

    @POST
    @Path("/enquiries/{id}/holding-reply")
    Enquiry.HoldingReplySent holdingReply(@PathParam("id") String id, Enquiry.HoldingReply holdingReply);

    @POST
    @Path("/enquiries/{id}/decline")
    Enquiry.Outcome decline(@PathParam("id") String id, Enquiry.Decline decline);

    @GET
    @Path("/enquiries/{id}/holding-reply-dates")
    Enquiry.HoldingReplyDates holdingReplyDates(@PathParam("id") String id);

    @GET
    @Path("/enquiries/{id}/reassign-candidates")
    java.util.List<Enquiry.Candidate> reassignCandidates(@PathParam("id") String id);

    @POST
    @Path("/enquiries/{id}/reassign")
    Enquiry.Outcome reassign(@PathParam("id") String id, Enquiry.Reassign reassign);

    @POST
    @Path("/enquiries/{id}/dispute")
    Enquiry.Outcome dispute(@PathParam("id") String id, Enquiry.Dispute dispute);

    @POST
    @Path("/enquiries/{id}/dispute-decision")
    Enquiry.Outcome decideDispute(@PathParam("id") String id, Enquiry.DisputeDecision decision);

    @GET
    @Path("/enquiries/{id}/due-date-explanation")
    Enquiry.DueDateExplanation dueDateExplanation(@PathParam("id") String id);

    /** ENQ-2: the council's closure days, which the SLA clock skips, in date order. */
    @GET
    @Path("/calendar/closure-days")
    java.util.List<ClosureDay> closureDays();

    @PUT
    @Path("/calendar/closure-days/{day}")
    ClosureDay setClosureDay(@PathParam("day") String day, ClosureDay.Reason reason);

    @DELETE
    @Path("/calendar/closure-days/{day}")
    void removeClosureDay(@PathParam("day") String day);

    /** GOV.UK's bank-holidays.json as published; the holidays imported, by nation (division). */
    @POST
    @Path("/calendar/bank-holidays")
    java.util.Map<String, Integer> importBankHolidays(com.fasterxml.jackson.databind.JsonNode govUkBankHolidays);
}
