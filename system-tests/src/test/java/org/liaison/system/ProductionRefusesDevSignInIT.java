package org.liaison.system;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.Ports;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SuiteServices;

/**
 * The packaged service in the prod profile does not start with the suite's own (local, dev/test) OIDC server as its
 * issuer, with no audience, or with a key from a file, and its log says which setting to fix; nor does the web app with
 * that issuer or without its client secret and its session and CSRF keys.
 */
class ProductionRefusesDevSignInIT {

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
    }

    @Test
    void a_service_in_the_prod_profile_refuses_the_local_issuer_a_missing_audience_and_a_key_file() throws Exception {
        Map<String, String> prod = new HashMap<>(suite.testEnvironment);
        prod.put("QUARKUS_PROFILE", "prod");
        prod.put("LIAISON_OIDC_ISSUER", suite.infrastructure.oidcIssuer()); // http://127.0.0.1:…/liaison
        prod.put("LIAISON_OIDC_AUDIENCE", "");
        prod.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "deploy/compose/jwt-public-key.pem");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SuiteServices.startInstance(
                suite.repository, suite.infrastructure, SuiteServices.ALL.get(0), "directory-prod-refusal",
                "directory_prod_refusal", prod, suite.logs, Duration.ofMinutes(2)).close());
        assertTrue(refused.getMessage().contains("exited"), refused.getMessage());
        String log = Files.readString(suite.logs.resolve("directory-prod-refusal.log"));
        assertTrue(log.contains("Refusing to start in production"), log);
        assertTrue(log.contains("LIAISON_OIDC_ISSUER (quarkus.oidc.auth-server-url) is " + suite.infrastructure.oidcIssuer()), log);
        assertTrue(log.contains("LIAISON_OIDC_AUDIENCE (quarkus.oidc.token.audience) is not set"), log);
        assertTrue(log.contains("mp.jwt.verify.publickey.location is set"), log);
    }

    @Test
    void the_web_app_in_the_prod_profile_refuses_the_local_issuer_and_missing_secrets() throws Exception {
        Map<String, String> prod = new HashMap<>();
        prod.put("QUARKUS_PROFILE", "prod");
        prod.put("LIAISON_OIDC_ISSUER", suite.infrastructure.oidcIssuer());
        java.nio.file.Path logFile = suite.logs.resolve("web-prod-refusal.log");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> {
            try (ServiceProcess web = ServiceProcess.start("web-prod-refusal",
                    suite.repository.resolve("web/target/quarkus-app/quarkus-run.jar"), Ports.free(), prod, logFile)) {
                web.awaitReady(Duration.ofMinutes(2));
            }
        });
        assertTrue(refused.getMessage().contains("exited"), refused.getMessage());
        String log = Files.readString(logFile);
        assertTrue(log.contains("Refusing to start in production with dev or missing sign-in settings"), log);
        assertTrue(log.contains("LIAISON_OIDC_ISSUER is a local address (" + suite.infrastructure.oidcIssuer() + ")"), log);
        for (String secret : new String[] {"LIAISON_WEB_CLIENT_SECRET", "LIAISON_WEB_SESSION_SECRET", "LIAISON_WEB_CSRF_KEY"}) {
            assertTrue(log.contains(secret + " is not set"), secret + " in " + log);
        }
    }
}
