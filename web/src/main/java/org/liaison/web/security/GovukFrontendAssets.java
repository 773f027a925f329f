package org.liaison.web.security;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GOV.UK Frontend's compiled CSS and JavaScript ({@code /govuk/...}) and its images ({@code /assets/...}, where its CSS
 * looks for them), served by this app from the govuk-frontend webjar: no CDN. Unknown files and anything that tries to
 * leave the folder are a 404.
 */
@ApplicationScoped
public class GovukFrontendAssets {

    private static final String POM = "META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties";
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "map", "application/json", "svg", "image/svg+xml",
            "png", "image/png", "ico", "image/x-icon", "woff2", "font/woff2", "woff", "font/woff", "json", "application/json");

    private final Map<String, Optional<Buffer>> cache = new ConcurrentHashMap<>();
    private String root;

    void routes(@Observes Router router) {
        root = "META-INF/resources/webjars/govuk-frontend/" + version() + "/dist/govuk/";
        router.get("/govuk/*").handler(rc -> serve(rc, "/govuk/", ""));
        router.get("/assets/*").handler(rc -> serve(rc, "/assets/", "assets/"));
    }

    void check(@Observes StartupEvent ignored) {
        if (resource("govuk-frontend.min.css").isEmpty()) {
            throw new IllegalStateException("GOV.UK Frontend is missing from the classpath (" + root + ")");
        }
    }

    private void serve(RoutingContext rc, String prefix, String folder) {
        String path = rc.normalizedPath();
        String file = path.startsWith(prefix) ? path.substring(prefix.length()) : "";
        String extension = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : "";
        if (file.isEmpty() || file.contains("..") || file.contains("//") || file.startsWith("/") || !TYPES.containsKey(extension)) {
            rc.response().setStatusCode(404).end();
            return;
        }
        Optional<Buffer> content = resource(folder + file);
        if (content.isEmpty()) {
            rc.response().setStatusCode(404).end();
            return;
        }
        rc.response().putHeader("Content-Type", TYPES.get(extension))
                .putHeader("Cache-Control", "public, max-age=86400")
                .end(content.get());
    }

    private Optional<Buffer> resource(String name) {
        return cache.computeIfAbsent(name, n -> {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(root + n)) {
                return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String version() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("The govuk-frontend webjar is not on the classpath (" + POM + ")");
            }
            Properties pom = new Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
