package org.liaison.web.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In the prod profile the web app does not start with the local (DEV/TEST-ONLY) provider or without its own secrets:
 * the client secret, and the keys that encrypt the session cookie and sign the CSRF tokens (32 characters or more).
 * The log says which setting to fix, as the services' ProductionIdentityCheck does.
 */
@Singleton
public class ProductionSignInCheck {

    static final Map<String, String> SECRETS = Map.of(
            "quarkus.oidc.credentials.secret", "LIAISON_WEB_CLIENT_SECRET",
            "quarkus.oidc.token-state-manager.encryption-secret", "LIAISON_WEB_SESSION_SECRET",
            "quarkus.rest-csrf.token-signature-key", "LIAISON_WEB_CSRF_KEY");

    void onStart(@Observes StartupEvent event) {
        if (ConfigUtils.getProfiles().contains("prod")) {
            List<String> problems = problems(ConfigProvider.getConfig());
            if (!problems.isEmpty()) {
                throw new DeploymentException("Refusing to start in production with dev or missing sign-in settings:\n  - "
                        + String.join("\n  - ", problems));
            }
        }
    }

    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        Optional<String> issuer = config.getOptionalValue("quarkus.oidc.auth-server-url", String.class).filter(v -> !v.isBlank());
        if (issuer.isEmpty()) {
            problems.add("LIAISON_OIDC_ISSUER is not set: name the council's OpenID Connect provider");
        } else if (isLocal(issuer.get())) {
            problems.add("LIAISON_OIDC_ISSUER is a local address (" + issuer.get() + "): the DEV/TEST-ONLY provider signs "
                    + "whatever it is asked; use the council's provider");
        }
        SECRETS.forEach((setting, variable) -> {
            int length = config.getOptionalValue(setting, String.class).map(String::length).orElse(0);
            int needed = setting.equals("quarkus.oidc.credentials.secret") ? 1 : 32;
            if (length < needed) {
                problems.add(variable + " is " + (length == 0 ? "not set" : "shorter than " + needed + " characters"));
            }
        });
        return problems;
    }

    private static boolean isLocal(String url) {
        String host;
        try {
            host = URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return false;
        }
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
