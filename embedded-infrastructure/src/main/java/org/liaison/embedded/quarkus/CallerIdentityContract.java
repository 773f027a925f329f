package org.liaison.embedded.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;

/**
 * Who is calling, from the directory, the same in every service: a token from the real OIDC server that names the
 * person only by email (as Entra ID, Keycloak or Google Workspace do) reaches the councillor or officer with that
 * email, whatever its case; a token for nobody in the directory, for a former councillor, or with a role that does not
 * fit the person's side is refused with 403 problem+json saying so. A service's test extends it, says how a person
 * gets into the directory it reads, and is annotated {@code @QuarkusTest}.
 */
public abstract class CallerIdentityContract {

    /** Puts a councillor with {@code email} into the directory this service reads; returns their directory id. */
    protected abstract String councillor(String email, boolean serving);

    /** Puts an active officer with {@code email} into the directory this service reads; returns their directory id. */
    protected abstract String officer(String email);

    private static String email(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@aldermoor.example";
    }

    @Test
    void a_token_with_only_an_email_reaches_that_councillor_whatever_its_case() {
        String email = email("ada.price");
        String id = councillor(email, true);
        given().auth().oauth2(DevTokens.forEmail(email.toUpperCase(Locale.ROOT), "councillor")).when().get("/me")
                .then().statusCode(200).body("id", equalTo(id)).body("roles", hasItem("councillor"));
    }

    @Test
    void a_token_with_only_an_email_reaches_that_officer() {
        String email = email("isla.hart");
        String id = officer(email);
        given().auth().oauth2(DevTokens.forEmail(email, "officer", "members-services")).when().get("/me")
                .then().statusCode(200).body("id", equalTo(id)).body("roles", hasItem("members-services"));
    }

    @Test
    void an_email_that_is_nobody_in_the_directory_is_403() {
        refused(DevTokens.forEmail(email("nobody"), "councillor"), "nobody in Liaison's directory");
    }

    @Test
    void a_former_councillor_is_403() {
        String email = email("former");
        councillor(email, false);
        refused(DevTokens.forEmail(email, "councillor"), "a former councillor");
    }

    @Test
    void a_role_that_does_not_fit_the_person_is_403() {
        String officer = email("officer");
        officer(officer);
        refused(DevTokens.forEmail(officer, "councillor"), "the directory has you as an officer");
        String councillor = email("councillor");
        councillor(councillor, true);
        refused(DevTokens.forEmail(councillor, "councillor", "admin"), "the directory has you as a councillor");
    }

    private static void refused(String token, String because) {
        given().auth().oauth2(token).when().get("/me")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("detail", containsString(because));
    }
}
