package org.liaison.web.security;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers on every response. The Content-Security-Policy allows nothing inline and nothing from elsewhere: scripts,
 * styles, fonts and images come from this app only. Forms may post here, and to the sign-in provider (a form posted
 * after the session ended is redirected there to sign in again). Pages about people are not cached.
 */
@ApplicationScoped
public class SecurityHeaders {

    private final String policy;

    SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self' " + origin(issuer);
    }

    @RouteFilter(100)
    void headers(RoutingContext rc) {
        rc.response().headers()
                .set("Content-Security-Policy", policy)
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "same-origin")
                .set("Cross-Origin-Opener-Policy", "same-origin");
        rc.addHeadersEndHandler(ignored -> {
            String type = rc.response().headers().get("Content-Type");
            if (type != null && type.startsWith("text/html")) {
                rc.response().headers().set("Cache-Control", "no-store");
            }
        });
        rc.next();
    }

    /** {@code https://login.example:8443/realms/x} → {@code https://login.example:8443}. */
    static String origin(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("quarkus.oidc.auth-server-url is not an absolute URL: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    }
}
