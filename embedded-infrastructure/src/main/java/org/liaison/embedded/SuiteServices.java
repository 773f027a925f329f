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

    /** Where the suite's servers are; {@code oidcIssuer} is the OIDC provider whose tokens the services accept. */
    public record Infrastructure(PostgresServer postgres, String kafkaBootstrapServers, String smtpHost, int smtpPort,
            String oidcIssuer) {
    }

    private final Map<String, ServiceProcess> running;

    /**
     * LOCAL/TEST-ONLY casework seal keys (docs/security.md): the public half goes to enquiry-service, the private half
     * to ward-notify-service alone. One pair per JVM unless {@link #useSealKeys} names a kept one (the local run).
     */
    private static volatile org.liaison.events.seal.CaseworkSeal.Pem sealKeys =
            org.liaison.events.seal.CaseworkSeal.generate();

    /** The local run's kept key pair, so what its hub has queued still opens after a restart. */
    public static void useSealKeys(org.liaison.events.seal.CaseworkSeal.Pem keys) {
        sealKeys = keys;
    }

    /**
     * LOCAL-ONLY: the key pair kept in {@code folder} ({@code public.pem}, {@code private.pem}), made there the first
     * time. A council makes its own and keeps the private half in a secret store (docs/security.md).
     */
    public static org.liaison.events.seal.CaseworkSeal.Pem sealKeysIn(Path folder) {
        try {
            Path publicKey = folder.resolve("public.pem");
            Path privateKey = folder.resolve("private.pem");
            if (!java.nio.file.Files.exists(publicKey) || !java.nio.file.Files.exists(privateKey)) {
                java.nio.file.Files.createDirectories(folder);
                org.liaison.events.seal.CaseworkSeal.main(new String[] {publicKey.toString(), privateKey.toString()});
            }
            return new org.liaison.events.seal.CaseworkSeal.Pem(java.nio.file.Files.readString(publicKey),
                    java.nio.file.Files.readString(privateKey));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private SuiteServices(Map<String, ServiceProcess> running) {
        this.running = running;
    }

    /**
     * Starts every service from {@code <repository>/<service>/target/quarkus-app/quarkus-run.jar}, on its
     * default port or, with {@code randomPorts}, on free ones; waits until all are ready.
     */
    public static SuiteServices start(Path repository, Infrastructure infrastructure, Path logDirectory, boolean randomPorts,
            Duration readyWithin) {
        return start(repository, infrastructure, logDirectory, randomPorts, readyWithin, Map.of());
    }

    /** As {@link #start(Path, Infrastructure, Path, boolean, Duration)}, with extra configuration for every service. */
    public static SuiteServices start(Path repository, Infrastructure infrastructure, Path logDirectory, boolean randomPorts,
            Duration readyWithin, Map<String, String> extraEnvironment) {
        Map<String, ServiceProcess> running = new LinkedHashMap<>();
        SuiteServices suite = new SuiteServices(running);
        try {
            for (Service service : ALL) {
                running.put(service.name(), launch(repository, infrastructure, service, service.name(), extraEnvironment,
                        randomPorts ? Ports.free() : service.defaultPort(), logDirectory));
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

    /**
     * Starts one more instance of {@code service} under another name, with its own database and any extra
     * configuration (e.g. a new consumer group), on a free port; waits until it is ready.
     */
    public static ServiceProcess startInstance(Path repository, Infrastructure infrastructure, Service service,
            String instanceName, String database, Map<String, String> extraEnvironment, Path logDirectory, Duration readyWithin) {
        ServiceProcess instance = launch(repository, infrastructure, new Service(service.name(), database, 0), instanceName,
                extraEnvironment, Ports.free(), logDirectory);
        try {
            instance.awaitReady(readyWithin);
            return instance;
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
    }

    private static ServiceProcess launch(Path repository, Infrastructure infrastructure, Service service, String instanceName,
            Map<String, String> extraEnvironment, int port, Path logDirectory) {
        infrastructure.postgres().ensureDatabase(service.database());
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", infrastructure.postgres().jdbcUrl(service.database()));
        env.put("QUARKUS_DATASOURCE_USERNAME", infrastructure.postgres().username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", infrastructure.postgres().password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        env.put("QUARKUS_MAILER_HOST", infrastructure.smtpHost());
        env.put("QUARKUS_MAILER_PORT", String.valueOf(infrastructure.smtpPort()));
        // The "local" profile: the suite's own OIDC server (DEV/TEST ONLY) is an acceptable issuer, which production
        // refuses (ProductionIdentitySettings).
        env.put("QUARKUS_PROFILE", "local");
        env.put("LIAISON_OIDC_ISSUER", infrastructure.oidcIssuer());
        env.put("LIAISON_OIDC_AUDIENCE", OidcServer.AUDIENCE);
        if (service.name().equals("enquiry-service")) {
            env.put("LIAISON_CASEWORK_SEAL_PUBLIC_KEY", sealKeys.publicKey());
        } else if (service.name().equals("ward-notify-service")) {
            env.put("LIAISON_CASEWORK_SEAL_PRIVATE_KEYS", sealKeys.privateKey());
        }
        env.putAll(extraEnvironment);
        Path jar = repository.resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
        return ServiceProcess.start(instanceName, jar, port, env, logDirectory.resolve(instanceName + ".log"));
    }

    /** The web front end (module {@code web}): one more process, in front of the four services. */
    public static final int WEB_DEFAULT_PORT = 8080;

    /**
     * Starts the packaged web front end ({@code <repository>/web/target/quarkus-app/quarkus-run.jar}) on {@code port}
     * (0 picks a free one), signing people in at the suite's OIDC provider and calling these services as them; waits
     * until it is ready. Its "local" profile carries DEV/TEST-ONLY client, session and CSRF secrets.
     */
    public ServiceProcess startWeb(Path repository, Infrastructure infrastructure, int port, Path logDirectory,
            Duration readyWithin) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_PROFILE", "local");
        env.put("LIAISON_OIDC_ISSUER", infrastructure.oidcIssuer());
        env.put("LIAISON_DIRECTORY_URL", url("directory-service"));
        env.put("LIAISON_ENQUIRY_URL", url("enquiry-service"));
        env.put("LIAISON_NOTIFY_URL", url("ward-notify-service"));
        env.put("LIAISON_MEDIA_URL", url("media-service"));
        ServiceProcess web = ServiceProcess.start("web", repository.resolve("web/target/quarkus-app/quarkus-run.jar"),
                port > 0 ? port : Ports.free(), env, logDirectory.resolve("web.log"));
        try {
            web.awaitReady(readyWithin);
            return web;
        } catch (RuntimeException e) {
            web.close();
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
