package org.liaison.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** directory-service, called as the signed-in person (their access token is passed on). */
@RegisterRestClient(configKey = "directory-service")
@RegisterClientHeaders(PersonAccessToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface DirectoryApi {

    @GET
    @Path("/me")
    Caller me();

    @GET
    @Path("/councillors/{id}")
    Person councillor(@PathParam("id") String id);

    @GET
    @Path("/officers/{id}")
    Person officer(@PathParam("id") String id);

    /** Every councillor the reader may see, a page of up to {@code size}. */
    @GET
    @Path("/councillors")
    Page<Person> councillors(@QueryParam("size") int size);

    @GET
    @Path("/officers")
    Page<Person> officers(@QueryParam("size") int size);

    /** The register of declared relationships (DIR-5), oldest declaration first. */
    @GET
    @Path("/relationships")
    Page<Relationship> relationships(@QueryParam("size") int size);

    @POST
    @Path("/relationships")
    @Consumes(MediaType.APPLICATION_JSON)
    Relationship declare(Relationship.Declaration declaration);

    @GET
    @Path("/service-areas")
    Page<ServiceArea> serviceAreas(@QueryParam("size") int size);

    @GET
    @Path("/wards")
    Page<Ward> wards(@QueryParam("size") int size);

    /** DIR-7: one kind of record from a CSV file, all or nothing; a bad row refuses the file (422, lines in the errors). */
    @POST
    @Path("/imports")
    @Consumes("text/csv")
    DirectoryImport importCsv(@QueryParam("kind") String kind, String csv);
}
