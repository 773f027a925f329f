package org.liaison.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged Liaison services, started as separate processes against given infrastructure, as
 * the system tests and the local run need them. Each service gets its own database.
 */
public final class SuiteServices implements AutoCloseable {

    /** A service of the suite, its database and its usual port. */
    public record Service(String name, String database, int defaultPort) {
    }

    public static final List<Service> ALL = List.of(
            new Service("directory-service", "directory", 8081),
            new Service("enquiry-service", "enquiry", 8082),
            new Service("ward-notify-service", "notify", 8083),
            new Service("media-service", "media", 8084));

    /** Where the suite's servers are. */
    public record Infrastructure(PostgresServer postgres, String kafkaBootstrapServers, String smtpHost, int smtpPort,
            Path jwtPublicKey) {
    }

    private final Map<String, ServiceProcess> running;

    private SuiteServices(Map<String, ServiceProcess> running) {
        this.running = running;
    }

    /**
     * Starts every service from {@code <repository>/<service>/target/quarkus-app/quarkus-run.jar}, on its
     * default port or, with {@code randomPorts}, on free ones; waits until all are ready.
     */
    public static SuiteServices start(Path repository, Infrastructure infrastructure, Path logDirectory, boolean randomPorts,
            Duration readyWithin) {
        Map<String, ServiceProcess> running = new LinkedHashMap<>();
        SuiteServices suite = new SuiteServices(running);
        try {
            for (Service service : ALL) {
                infrastructure.postgres().ensureDatabase(service.database());
                Map<String, String> env = new HashMap<>();
                env.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.postgres().jdbcUrl(service.database()));
                env.put("QUARKUS_DATASOURCE_USERNAME", infrastructure.postgres().username());
                env.put("QUARKUS_DATASOURCE_PASSWORD", infrastructure.postgres().password());
                env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
                env.put("QUARKUS_MAILER_HOST", infrastructure.smtpHost());
                env.put("QUARKUS_MAILER_PORT", String.valueOf(infrastructure.smtpPort()));
                // DEV/TEST-ONLY key: a real deployment points this at its OIDC provider's keys.
                env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", infrastructure.jwtPublicKey().toAbsolutePath().toString());
                int port = randomPorts ? Ports.free() : service.defaultPort();
                Path jar = repository.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
                running.put(service.name(), ServiceProcess.start(service.name(), jar, port, env,
                        logDirectory.resolve(service.name() + ".log")));
            }
            for (ServiceProcess service : running.values()) {
                service.awaitReady(readyWithin);
            }
            return suite;
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    public String url(String serviceName) {
        ServiceProcess service = running.get(serviceName);
        if (service == null) {
            throw new IllegalArgumentException("No service " + serviceName);
        }
        return service.baseUrl();
    }

    public List<ServiceProcess> processes() {
        return new ArrayList<>(running.values());
    }

    @Override
    public void close() {
        running.values().parallelStream().forEach(ServiceProcess::close);
    }
}
