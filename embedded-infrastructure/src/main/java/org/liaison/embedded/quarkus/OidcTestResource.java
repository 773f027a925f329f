package org.liaison.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.liaison.embedded.OidcServer;

/** The real OIDC server for a {@code @QuarkusTest}: the service discovers it and verifies tokens with its keys. */
public class OidcTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.oidc.auth-server-url", OidcServer.forTests().issuer());
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped at JVM exit
    }
}
