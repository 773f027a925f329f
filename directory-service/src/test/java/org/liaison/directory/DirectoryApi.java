package org.liaison.directory;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.embedded.DevTokens;

/** Builds directory records over the real HTTP API, as members' services would. */
final class DirectoryApi {

    static final String MEMBERS_SERVICES = DevTokens.mint("ms-officer-1", "members-services");

    private DirectoryApi() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
    }

    static String ward() {
        String code = unique("W");
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON).body(Map.of("code", code, "name", "Ward " + code))
                .when().post("/wards").then().statusCode(201);
        return code;
    }

    /** A committee of {@code kind} with a fresh code. */
    static String committee(String kind) {
        String code = unique("C");
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Committee " + code, "kind", kind))
                .when().post("/committees").then().statusCode(201);
        return code;
    }

    static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@aldermoor.example";
    }

    static String councillor(String email, String ward) {
        return given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("displayName", "Cllr " + email, "email", email, "wardCodes", List.of(ward)))
                .when().post("/councillors").then().statusCode(201).extract().path("id");
    }

    static String officer(String email, String seniority) {
        return officer(email, seniority, Map.of());
    }

    static String officer(String email, String seniority, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Officer " + email, "email", email,
                "jobTitle", "Officer", "seniority", seniority));
        body.putAll(extra);
        return given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON).body(body)
                .when().post("/officers").then().statusCode(201).extract().path("id");
    }

    /** A complete service area with three new officers; returns {code, keyContact, head, director}. */
    static String[] serviceArea() {
        String keyContact = officer(email("key"), "SERVICE_MANAGER");
        String head = officer(email("head"), "HEAD_OF_SERVICE");
        String director = officer(email("director"), "DIRECTOR");
        String code = unique("SA");
        given().auth().oauth2(MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Area " + code, "keyContactOfficerId", keyContact,
                        "headOfServiceId", head, "directorId", director))
                .when().post("/service-areas").then().statusCode(201);
        return new String[] {code, keyContact, head, director};
    }
}
