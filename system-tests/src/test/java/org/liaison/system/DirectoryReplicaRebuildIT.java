package org.liaison.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SuiteServices;

/**
 * DIR-6: every directory change is on the compacted topics, and a consumer that starts from an empty
 * database rebuilds the same state from them alone.
 */
class DirectoryReplicaRebuildIT {

    private static final String ADMIN = DevTokens.mint("system-test-admin", "admin");
    private static final String REBUILT_GROUP = "ward-notify-rebuilt";

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
    }

    @Tag("DIR-6")
    @Test
    void DIR_6_a_replica_started_on_an_empty_database_rebuilds_the_directory_from_the_topics() throws Exception {
        String directory = suite.url("directory-service");
        suite.loadSampleCouncil();
        // a deletion travels as a tombstone, which the rebuilt replica must honour too
        String leaving = given().baseUri(directory).auth().oauth2(ADMIN).when().get("/councillors?ward=E05999024")
                .then().statusCode(200).extract().path("items[0].id");
        given().baseUri(directory).auth().oauth2(ADMIN).when().delete("/councillors/" + leaving).then().statusCode(204);

        Map<String, Set<String>> expected = new LinkedHashMap<>();
        List<String> wards = given().baseUri(directory).auth().oauth2(ADMIN).when().get("/wards?size=500")
                .then().statusCode(200).extract().path("items.code");
        for (String ward : wards) {
            List<String> emails = given().baseUri(directory).auth().oauth2(ADMIN).when()
                    .get("/wards/" + ward + "/councillors?size=500").then().statusCode(200).extract().path("items.email");
            expected.put(ward, new TreeSet<>(emails));
        }

        // the running replica has consumed everything directory-service published, the deletion included
        suite.awaitDirectoryReplicated();
        assertEquals(expected, replica(suite.url("ward-notify-service"), expected.keySet()), "the running replica");

        try (ServiceProcess fresh = SuiteServices.startInstance(suite.repository, suite.infrastructure,
                SuiteServices.ALL.get(2), "ward-notify-rebuilt", "notify_rebuilt",
                rebuiltEnvironment(),
                suite.logs,
                Duration.ofMinutes(2))) {
            // the rebuilt instance has read the directory topics it replicates from their start to their end
            suite.directoryTopicsOf("ward-notify-service").values()
                    .forEach(topics -> suite.awaitConsumedToEnd(REBUILT_GROUP, topics));
            assertEquals(expected, replica(fresh.baseUrl(), expected.keySet()), "the replica rebuilt at " + fresh.baseUrl());
        }
    }

    /**
     * The suite's test configuration (the stated clock among it) and a new consumer group; a new group reads
     * enquiry.events from the start too, so it begins at their end, or every old email would be sent again.
     */
    private static Map<String, String> rebuiltEnvironment() {
        Map<String, String> environment = new java.util.HashMap<>(suite.testEnvironment);
        environment.putAll(Map.of("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", REBUILT_GROUP,
                "LIAISON_ENQUIRY_EVENTS_OFFSET_RESET", "latest", "LIAISON_MEDIA_EVENTS_OFFSET_RESET", "latest"));
        return environment;
    }

    /** What the ward-notify instance at {@code url} knows of the councillors of each ward. */
    private static Map<String, Set<String>> replica(String url, Set<String> wards) {
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        for (String ward : wards) {
            var response = given().baseUri(url).auth().oauth2(ADMIN).when().get("/wards/" + ward + "/councillors");
            actual.put(ward, response.statusCode() == 200
                    ? new TreeSet<>(response.jsonPath().<String>getList("email")) : Set.of("(ward unknown)"));
        }
        return actual;
    }
}
