package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.TopicReader;

/** DIR-7 with the sample council the local run loads (deploy/local/sample-council), on real PostgreSQL and Kafka. */
@QuarkusTest
class CsvImportTest {

    static final Path SAMPLE = Path.of("../deploy/local/sample-council");
    static final String[][] FILES = {{"wards", "wards.csv"}, {"committees", "committees.csv"}, {"groups", "groups.csv"},
            {"councillors", "councillors.csv"}, {"groups", "group-leaders.csv"}, {"officers", "officers.csv"},
            {"service-areas", "service-areas.csv"}};

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Tag("DIR-7")
    @Test
    void DIR_7_the_sample_council_imports_and_importing_it_again_changes_nothing() throws IOException {
        for (String[] file : FILES) {
            importFile(file[0], file[1]).then().statusCode(200);
        }
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/wards?size=1").then().body("total", greaterThanOrEqualTo(20));
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/councillors?size=500")
                .then().body("items.find { it.email == 'maya.davies@members.aldermoor.example' }.roles[0].role", equalTo("MAYOR"))
                .body("items.find { it.email == 'maya.davies@members.aldermoor.example' }.roles[0].to", equalTo("2027-05-13"));
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/service-areas/HOUS")
                .then().statusCode(200).body("name", equalTo("Housing"));

        for (String[] file : FILES) {
            int changed = importFile(file[0], file[1]).then().statusCode(200).extract().path("changed");
            org.junit.jupiter.api.Assertions.assertEquals(0, changed, file[1] + " imported again changed records");
        }
        // nothing changed, so nothing new was written for the wards either: one event for the ward, and once the relay
        // has published it (and marked it so), exactly one copy on the topic
        org.junit.jupiter.api.Assertions.assertEquals(1, wardOutboxRows("E05999001", false));
        await().alias("the ward's event is published").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> wardOutboxRows("E05999001", true) == 0);
        long wardEvents = new TopicReader(bootstrapServers).readToEnd("directory.wards", r -> "E05999001".equals(r.key())).size();
        org.junit.jupiter.api.Assertions.assertEquals(1, wardEvents);
    }

    @Tag("DIR-7")
    @Test
    void DIR_7_an_import_with_bad_rows_stores_nothing_and_lists_every_bad_row_by_line_and_column() {
        String code = DirectoryApi.unique("G");
        String ward = DirectoryApi.ward();
        String csv = "displayName,email,wardCodes,roles\n"
                + "Cllr Good Row," + DirectoryApi.email("good") + "," + ward + ",\n"
                + "Cllr No Ward," + DirectoryApi.email("noward") + ",,\n"
                + "Cllr Bad Email,not-an-email," + ward + ",\n"
                + "Cllr Bad Role," + DirectoryApi.email("badrole") + ",NOWHERE9,EMPEROR|||2026-01-01|\n";
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType("text/csv").body(csv)
                .when().post("/imports?kind=councillors")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.line", hasItem(3))
                .body("errors.find { it.line == 3 }.field", equalTo("wardCodes"))
                .body("errors.find { it.line == 4 }.field", equalTo("email"))
                .body("errors.findAll { it.line == 5 }.field", hasItem("roles"));
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/councillors?size=500")
                .then().body("items.displayName", org.hamcrest.Matchers.not(hasItem("Cllr Good Row")));
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType("text/csv").body("code,colour\nX,red\n")
                .when().post("/imports?kind=wards")
                .then().statusCode(422).body("errors", hasSize(1)).body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType("text/csv").body("code,name\n" + code + ",x\n")
                .when().post("/imports?kind=planets")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** The outbox rows announcing ward {@code code}: all of them, or only those not yet published. */
    private long wardOutboxRows(String code, boolean pendingOnly) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from outbox_message where topic = 'directory.wards' and message_key = ?1"
                        + (pendingOnly ? " and published_at is null" : ""))
                .setParameter(1, code).getSingleResult()).longValue());
    }

    private static io.restassured.response.Response importFile(String kind, String file) throws IOException {
        return given().auth().oauth2(org.liaison.embedded.DevTokens.mint("admin-1", "admin")).contentType("text/csv")
                .body(Files.readString(SAMPLE.resolve(file)))
                .when().post("/imports?kind=" + kind);
    }
}
