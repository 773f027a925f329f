package org.liaison.directory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * directory-service's {@code GET /council-profile}: the profile it runs on (liaison-default here, as no profile is
 * selected), every setting with its value, the line of the file it came from, its rules and whether it is enforced, to
 * any signed-in Liaison role and to nobody else. The other services' CouncilProfile*Test show theirs on other profiles.
 */
@QuarkusTest
class CouncilProfileDirectoryTest {

    @Test
    void the_profile_in_force_is_shown_to_a_signed_in_role_with_each_settings_line_and_enforcement() throws IOException {
        given().when().get("/council-profile").then().statusCode(401);
        given().auth().oauth2(DevTokens.mint("someone-without-a-role", "nobody")).when().get("/council-profile")
                .then().statusCode(403);
        given().auth().oauth2(DirectoryApi.MEMBERS_SERVICES).when().get("/council-profile").then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("name", equalTo("liaison-default"))
                .body("source", equalTo("classpath:council-profiles/liaison-default.yaml"))
                .body("settings.key", hasItems("calendar.zone", "calendar.nation", "relationships.councillor-tells",
                        "notices.consultation.ward-councillors", "media.quotable-roles"))
                .body("settings.line", everyItem(greaterThan(0)))
                .body("settings.find { it.key == 'calendar.zone' }.value", equalTo("Europe/London"))
                .body("settings.find { it.key == 'calendar.zone' }.point", equalTo("P14"))
                .body("settings.find { it.key == 'calendar.zone' }.line", equalTo(lineOf("  zone:")))
                .body("settings.find { it.key == 'calendar.zone' }.enforced", equalTo(true))
                .body("settings.find { it.key == 'calendar.zone' }.rules", equalTo(List.of("ENQ-3")))
                .body("settings.find { it.key == 'calendar.zone' }.enforcement", containsString("liaison.council"))
                .body("settings.enforced", everyItem(equalTo(true)));
        given().auth().oauth2(DevTokens.mint("a-councillor", "councillor")).when().get("/council-profile")
                .then().statusCode(200).body("name", equalTo("liaison-default"));
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/council-profile'.get.summary", containsString("council profile in force"));
    }

    /** The line of liaison-default.yaml, as the service reads it from the classpath, that starts with {@code start}. */
    private static int lineOf(String start) throws IOException {
        try (InputStream in = CouncilProfileDirectoryTest.class.getClassLoader()
                .getResourceAsStream("council-profiles/liaison-default.yaml")) {
            assertTrue(in != null, "liaison-default.yaml on the classpath");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.startsWith(start)) {
                    return number;
                }
            }
        }
        throw new AssertionError("no line starting '" + start + "' in liaison-default.yaml");
    }
}
