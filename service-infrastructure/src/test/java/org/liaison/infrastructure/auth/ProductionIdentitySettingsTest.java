package org.liaison.infrastructure.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The prod profile refuses the dev settings, and says which setting to fix. */
class ProductionIdentitySettingsTest {

    private static final String COUNCIL = "https://login.microsoftonline.com/0b5d1e3c-0000-4000-8000-00000000c0de/v2.0";

    @Test
    void the_councils_provider_with_an_audience_and_its_own_keys_is_accepted() {
        assertEquals(List.of(), ProductionIdentitySettings.problems(Optional.of(COUNCIL), List.of("api://liaison"), Map.of()));
        assertEquals(List.of(), ProductionIdentitySettings.problems(
                Optional.of("https://keycloak.council.example/realms/council"), List.of("liaison"), Map.of()));
    }

    @Test
    void the_local_oidc_server_is_refused_naming_the_issuer_setting() {
        for (String local : List.of("http://127.0.0.1:8090/liaison", "http://localhost:8090/liaison",
                "https://localhost/realms/x", "http://127.0.0.1/realms/council", "https://liaison.dev/issuer")) {
            List<String> problems = ProductionIdentitySettings.problems(Optional.of(local), List.of("liaison"), Map.of());
            assertEquals(1, problems.size(), local + " → " + problems);
            assertTrue(problems.get(0).startsWith("LIAISON_OIDC_ISSUER"), problems.get(0));
            assertTrue(problems.get(0).contains(local), problems.get(0));
        }
    }

    @Test
    void a_missing_issuer_or_audience_is_refused_naming_each_setting() {
        List<String> problems = ProductionIdentitySettings.problems(Optional.empty(), List.of(), Map.of());
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("LIAISON_OIDC_ISSUER (quarkus.oidc.auth-server-url) is not set"), problems.get(0));
        assertTrue(problems.get(1).startsWith("LIAISON_OIDC_AUDIENCE (quarkus.oidc.token.audience) is not set"), problems.get(1));
    }

    @Test
    void a_key_from_a_file_is_refused_naming_the_setting() {
        List<String> problems = ProductionIdentitySettings.problems(Optional.of(COUNCIL), List.of("api://liaison"),
                Map.of("mp.jwt.verify.publickey.location", "/keys/jwt-public-key.pem"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("mp.jwt.verify.publickey.location is set (/keys/jwt-public-key.pem)"), problems.get(0));
    }
}
