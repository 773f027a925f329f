package org.liaison.infrastructure.auth;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.DeploymentException;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Runs {@link ProductionIdentitySettings} when a service starts in the prod profile; any problem stops the start. */
@Singleton
public class ProductionIdentityCheck {

    void onStart(@Observes StartupEvent event) {
        if (ConfigUtils.getProfiles().contains("prod")) {
            refuseDevSettings(ConfigProvider.getConfig());
        }
    }

    static void refuseDevSettings(Config config) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String setting : ProductionIdentitySettings.LOCAL_KEY_SETTINGS) {
            config.getOptionalValue(setting, String.class).filter(v -> !v.isBlank()).ifPresent(v -> keys.put(setting, v));
        }
        List<String> problems = ProductionIdentitySettings.problems(
                config.getOptionalValue("quarkus.oidc.auth-server-url", String.class),
                config.getOptionalValues("quarkus.oidc.token.audience", String.class).orElse(List.of()),
                keys);
        if (!problems.isEmpty()) {
            throw new DeploymentException("Refusing to start in production with dev or missing sign-in settings:\n  - "
                    + String.join("\n  - ", problems));
        }
    }
}
