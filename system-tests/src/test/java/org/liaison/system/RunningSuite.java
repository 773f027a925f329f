package org.liaison.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteServices;

/**
 * The packaged suite on real PostgreSQL, Kafka and SMTP, started once for all system tests of the run and
 * stopped when the JVM exits.
 */
final class RunningSuite {

    private static RunningSuite instance;

    final Path repository;
    final Path logs;
    final PostgresServer postgres;
    final KafkaBroker kafka;
    final SmtpServer smtp;
    final SuiteServices.Infrastructure infrastructure;
    final SuiteServices services;

    private RunningSuite() throws Exception {
        repository = Path.of(System.getProperty("liaison.repository", "..")).toRealPath();
        logs = repository.resolve("system-tests/target/service-logs");
        Files.createDirectories(logs);
        postgres = PostgresServer.forTests();
        kafka = KafkaBroker.forTests();
        kafka.createSuiteTopics();
        smtp = SmtpServer.start();
        infrastructure = new SuiteServices.Infrastructure(postgres, kafka.bootstrapServers(), smtp.host(), smtp.port(),
                repository.resolve("deploy/local/dev-keys/dev-public-key.pem"));
        services = SuiteServices.start(repository, infrastructure, logs, true, Duration.ofMinutes(3));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            services.close();
            smtp.close();
            kafka.close();
            postgres.close();
        }, "system-test-suite-stop"));
    }

    static synchronized RunningSuite get() throws Exception {
        if (instance == null) {
            instance = new RunningSuite();
        }
        return instance;
    }

    String url(String service) {
        return services.url(service);
    }
}
