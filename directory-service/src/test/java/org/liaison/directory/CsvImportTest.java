package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
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
        // nothing changed, so nothing new was published for the wards either
        long wardEvents = new TopicReader(bootstrapServers).readFor("directory.wards", r -> "E05999001".equals(r.key()),
                Duration.ofSeconds(3)).size();
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

    private static io.restassured.response.Response importFile(String kind, String file) throws IOException {
        return given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).contentType("text/csv")
                .body(Files.readString(SAMPLE.resolve(file)))
                .when().post("/imports?kind=" + kind);
    }
}
