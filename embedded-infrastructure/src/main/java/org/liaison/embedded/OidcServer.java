package org.liaison.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A real OAuth2 / OpenID Connect provider for the tests and the local run: NAV's mock-oauth2-server, run as its own
 * JVM from the classpath that oidc-server-runtime resolved (as {@link KafkaBroker} runs Kafka). It publishes discovery
 * and JWKS documents that the services fetch, and issues signed tokens through its token endpoint.
 *
 * <p>Issuers (one signing key each, as separate providers would have):
 * <ul>
 *   <li>{@value #ISSUER_ID}: the suite's own; the services trust it.</li>
 *   <li>{@value #OTHER_ISSUER_ID}: a provider the services do not trust (wrong issuer, foreign key).</li>
 * </ul>
 * Which claims a token carries is chosen by the token request's form parameters (see {@code oidc-server.json} and
 * {@link DevTokens}). DEV/TEST ONLY: the server signs whatever it is asked to.
 */
public final class OidcServer implements AutoCloseable {

    public static final String ISSUER_ID = "liaison";
    public static final String OTHER_ISSUER_ID = "elsewhere";
    /** The audience the services expect (their client id at the provider). */
    public static final String AUDIENCE = "liaison";
    /** JVM-wide: the base URL of the server the tests of this JVM share, whichever class loader started it. */
    static final String BASE_URL_PROPERTY = "liaison.test.oidc.base-url";

    private static final String CLASSPATH_RESOURCE = "/oidc-server.classpath";
    private static final String CONFIG_RESOURCE = "/oidc-server.json";

    private final Process process;
    private final String baseUrl;
    private final Path logFile;

    private OidcServer(Process process, String baseUrl, Path logFile) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.logFile = logFile;
    }

    /** The server shared by every test of this JVM: started on first use, stopped at JVM exit. */
    /**
     * The server {@link #forTests} started in this JVM, if it did. Its shutdown hook stops it at exit, except under
     * Maven's {@code exec:java} (the benchmarks), where it was seen to outlive the run: those close it themselves.
     */
    private static OidcServer startedHere;

    public static synchronized OidcServer forTests() {
        if (startedHere != null) {
            return startedHere;
        }
        String running = System.getProperty(BASE_URL_PROPERTY);
        if (running != null) {
            return new OidcServer(null, running, null);
        }
        try {
            OidcServer server = start(Files.createTempDirectory("liaison-oidc-"), 0);
            System.setProperty(BASE_URL_PROPERTY, server.baseUrl());
            startedHere = server;
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the server on {@code port} (0 picks a free one); its configuration and log go to {@code directory}. */
    public static OidcServer start(Path directory, int port) {
        int httpPort = port > 0 ? port : Ports.free();
        if (Ports.inUse(httpPort)) {
            throw new IllegalStateException("Port " + httpPort + " is taken: is another OIDC server running?");
        }
        try {
            Files.createDirectories(directory);
            Path config = directory.resolve("oidc-server.json");
            try (InputStream in = OidcServer.class.getResourceAsStream(CONFIG_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(CONFIG_RESOURCE + " is missing from embedded-infrastructure");
                }
                Files.write(config, in.readAllBytes());
            }
            Path logFile = directory.resolve("oidc-server.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xms32m");
            command.add("-Xmx192m");
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-cp");
            command.add(serverClasspath());
            command.add("no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().put("SERVER_HOSTNAME", "127.0.0.1");
            builder.environment().put("SERVER_PORT", String.valueOf(httpPort));
            builder.environment().put("JSON_CONFIG_PATH", config.toAbsolutePath().toString());
            OidcServer server = new OidcServer(builder.start(), "http://127.0.0.1:" + httpPort, logFile);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "oidc-server-stop"));
            server.awaitReady(Duration.ofSeconds(60));
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the OIDC server in " + directory, e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The issuer the services trust; its discovery document is at {@code issuer()/.well-known/openid-configuration}. */
    public String issuer() {
        return baseUrl + "/" + ISSUER_ID;
    }

    /** A provider the services do not trust. */
    public String otherIssuer() {
        return baseUrl + "/" + OTHER_ISSUER_ID;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The OIDC server exited with " + process.exitValue() + "; see " + logFile);
                }
                try {
                    return http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) { // not listening yet
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            close();
            throw new IllegalStateException("The OIDC server at " + baseUrl + " was not ready within " + timeout + "; see " + logFile);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }

    private static String serverClasspath() throws IOException {
        return ChildProcesses.classpathOf(CLASSPATH_RESOURCE, "OIDC server", "oidc-server-runtime");
    }
}
