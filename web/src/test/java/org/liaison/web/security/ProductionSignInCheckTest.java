package org.liaison.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionSignInCheckTest {

    private static final Map<String, String> GOOD = Map.of(
            "quarkus.oidc.auth-server-url", "https://login.microsoftonline.com/tenant/v2.0",
            "quarkus.oidc.credentials.secret", "a-client-secret",
            "quarkus.oidc.token-state-manager.encryption-secret", "0123456789abcdef0123456789abcdef",
            "quarkus.rest-csrf.token-signature-key", "fedcba9876543210fedcba9876543210");

    @Test
    void the_council_provider_with_all_three_secrets_passes() {
        assertEquals(List.of(), ProductionSignInCheck.problems(config(GOOD)));
    }

    @Test
    void the_local_provider_and_missing_or_short_secrets_are_each_named() {
        Map<String, String> bad = new HashMap<>(GOOD);
        bad.put("quarkus.oidc.auth-server-url", "http://127.0.0.1:8090/liaison");
        bad.remove("quarkus.oidc.credentials.secret");
        bad.put("quarkus.rest-csrf.token-signature-key", "too-short");
        List<String> problems = ProductionSignInCheck.problems(config(bad));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("LIAISON_OIDC_ISSUER is a local address")), problems.toString());
        assertTrue(problems.contains("LIAISON_WEB_CLIENT_SECRET is not set"), problems.toString());
        assertTrue(problems.contains("LIAISON_WEB_CSRF_KEY is shorter than 32 characters"), problems.toString());
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withDefaultValues(values).build();
    }
}
