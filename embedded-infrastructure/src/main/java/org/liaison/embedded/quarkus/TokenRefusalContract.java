package org.liaison.embedded.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.OidcServer;

/**
 * What every Liaison service does with a bearer token, each token asked of the real OIDC server: it accepts one from
 * the trusted issuer for its audience with a Liaison role (also under a council's own group name mapped to that
 * role), and refuses, as problem+json, none, a malformed one, one from another issuer, for another audience, expired,
 * unsigned ({@code alg: none}), signed with a foreign key (401), or with no Liaison role (403). A service's test
 * extends it, names one endpoint and a role that may read it, and is annotated {@code @QuarkusTest}.
 */
public abstract class TokenRefusalContract {

    /** A GET path that {@link #readerRole()} may read (200). */
    protected abstract String readablePath();

    protected abstract String readerRole();

    private String valid() {
        return DevTokens.mint("token-contract-reader", readerRole());
    }

    @Test
    void a_token_from_the_trusted_issuer_for_liaison_with_a_liaison_role_is_accepted() {
        given().auth().oauth2(valid()).when().get(readablePath()).then().statusCode(200);
    }

    @Test
    void a_council_group_mapped_to_the_role_by_configuration_is_accepted() {
        // the test profile maps "aldermoor-<role>" to each Liaison role (quarkus.http.auth.roles-mapping)
        given().auth().oauth2(DevTokens.mint("token-contract-reader", "aldermoor-" + readerRole()))
                .when().get(readablePath()).then().statusCode(200);
    }

    @Test
    void no_token_or_a_malformed_one_is_401() {
        refused(given().when().get(readablePath()).then(), 401);
        refused(given().auth().oauth2("not-a-token").when().get(readablePath()).then(), 401);
    }

    @Test
    void a_token_from_another_issuer_is_401() {
        String other = DevTokens.request(OidcServer.forTests().otherIssuer(),
                Map.of("subject", "token-contract-reader", "roles", readerRole()));
        refused(given().auth().oauth2(other).when().get(readablePath()).then(), 401);
    }

    @Test
    void a_token_for_another_audience_is_401() {
        String elsewhere = DevTokens.request(OidcServer.forTests().issuer(),
                Map.of("subject", "token-contract-reader", "roles", readerRole(), "audience", "another-application"));
        refused(given().auth().oauth2(elsewhere).when().get(readablePath()).then(), 401);
    }

    @Test
    void an_expired_token_is_401() {
        String expired = DevTokens.request(OidcServer.forTests().issuer(),
                Map.of("subject", "token-contract-reader", "roles", readerRole(), "expired", "true"));
        refused(given().auth().oauth2(expired).when().get(readablePath()).then(), 401);
    }

    @Test
    void an_unsigned_token_alg_none_is_401() {
        String[] parts = valid().split("\\.");
        String unsigned = base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        refused(given().auth().oauth2(unsigned).when().get(readablePath()).then(), 401);
    }

    @Test
    void the_same_claims_signed_with_a_foreign_key_are_401() throws GeneralSecurityException {
        String[] parts = valid().split("\\.");
        String signingInput = parts[0] + "." + parts[1]; // same header (kid included) and claims
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(generator.generateKeyPair().getPrivate());
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        String forged = signingInput + "." + base64Url(signature.sign());
        refused(given().auth().oauth2(forged).when().get(readablePath()).then(), 401);
    }

    @Test
    void a_valid_token_without_a_liaison_role_is_403() {
        refused(given().auth().oauth2(DevTokens.mint("token-contract-reader", "library-staff"))
                .when().get(readablePath()).then(), 403);
        refused(given().auth().oauth2(DevTokens.mint("token-contract-reader"))
                .when().get(readablePath()).then(), 403);
    }

    private static void refused(ValidatableResponse response, int status) {
        response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("detail", containsString(status == 401 ? "token" : "role"));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
