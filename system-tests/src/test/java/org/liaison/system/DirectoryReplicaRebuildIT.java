package org.liaison.system;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
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
    private static final String[][] SAMPLE = {{"wards", "wards.csv"}, {"committees", "committees.csv"},
            {"groups", "groups.csv"}, {"councillors", "councillors.csv"}, {"groups", "group-leaders.csv"},
            {"officers", "officers.csv"}, {"service-areas", "service-areas.csv"}};

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
    }

    @Tag("DIR-6")
    @Test
    void DIR_6_a_replica_started_on_an_empty_database_rebuilds_the_directory_from_the_topics() throws Exception {
        String directory = suite.url("directory-service");
        for (String[] file : SAMPLE) {
            given().baseUri(directory).auth().oauth2(ADMIN).contentType("text/csv")
                    .body(Files.readString(suite.repository.resolve("deploy/local/sample-council").resolve(file[1])))
                    .when().post("/imports?kind=" + file[0]).then().statusCode(200);
        }
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

        awaitReplica(suite.url("ward-notify-service"), expected);

        try (ServiceProcess fresh = SuiteServices.startInstance(suite.repository, suite.infrastructure,
                SuiteServices.ALL.get(2), "ward-notify-rebuilt", "notify_rebuilt",
                // a new group reads enquiry.events from the start too: begin at its end, or every old email is sent again
                Map.of("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_GROUP_ID", "ward-notify-rebuilt",
                        "LIAISON_ENQUIRY_EVENTS_OFFSET_RESET", "latest", "LIAISON_MEDIA_EVENTS_OFFSET_RESET", "latest"),
                suite.logs,
                Duration.ofMinutes(2))) {
            awaitReplica(fresh.baseUrl(), expected);
        }
    }

    /** Waits until the ward-notify instance at {@code url} knows exactly the expected councillors of each ward. */
    private static void awaitReplica(String url, Map<String, Set<String>> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        while (Instant.now().isBefore(deadline)) {
            actual.clear();
            for (String ward : expected.keySet()) {
                var response = given().baseUri(url).auth().oauth2(ADMIN).when().get("/wards/" + ward + "/councillors");
                actual.put(ward, response.statusCode() == 200
                        ? new TreeSet<>(response.jsonPath().<String>getList("email")) : Set.of("(ward unknown)"));
            }
            if (actual.equals(expected)) {
                return;
            }
            Thread.sleep(500);
        }
        org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "replica at " + url);
    }
}
