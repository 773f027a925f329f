package org.liaison.system;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;

/**
 * The packaged suite on real PostgreSQL, Kafka and SMTP, started once for all system tests of the run and
 * stopped when the JVM exits. Every service reads "now" from one clock-offset file (test-only configuration
 * {@code liaison.clock.offset-file}), so a test moves time for the whole suite instead of waiting; chasers run
 * every second.
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
    final Path clockOffset;
    /** Test-only configuration every instance of a service of this suite gets. */
    final Map<String, String> testEnvironment;
    private boolean sampleCouncilLoaded;

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
        clockOffset = repository.resolve("system-tests/target/clock-offset");
        resetClock(); // every service starts at the suite's stated "now"
        testEnvironment = Map.of("LIAISON_CLOCK_OFFSET_FILE", clockOffset.toString(), "LIAISON_CHASE_EVERY", "1s");
        services = SuiteServices.start(repository, infrastructure, logs, true, Duration.ofMinutes(3), testEnvironment);
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

    /** Every service of the suite now reads {@code instant} as "now", and time runs on from there. */
    void moveClockTo(Instant instant) {
        writeClockOffset(SuiteClock.machineOffsetTo(instant));
    }

    /** Back to the suite's clock ({@link SuiteClock}): the stated "now" of this run, running on since it started. */
    void resetClock() {
        moveClockTo(SuiteClock.now());
    }

    private void writeClockOffset(Duration offset) {
        try {
            Path partial = clockOffset.resolveSibling("clock-offset.partial");
            Files.writeString(partial, offset.toString());
            Files.move(partial, clockOffset, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // services notice a changed modification time; make sure it changes even within one filesystem tick
            Files.setLastModifiedTime(clockOffset, FileTime.from(SuiteClock.machineNow()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the sample council (deploy/local/sample-council) into directory-service, once per run. */
    synchronized void loadSampleCouncil() throws IOException {
        if (sampleCouncilLoaded) {
            return;
        }
        String admin = DevTokens.mint("system-test-admin", "admin");
        for (String[] file : new String[][] {{"wards", "wards.csv"}, {"committees", "committees.csv"},
                {"groups", "groups.csv"}, {"councillors", "councillors.csv"}, {"groups", "group-leaders.csv"}, {"officers", "officers.csv"},
                {"service-areas", "service-areas.csv"}}) {
            given().baseUri(url("directory-service")).auth().oauth2(admin).contentType("text/csv")
                    .body(Files.readString(repository.resolve("deploy/local/sample-council").resolve(file[1])))
                    .when().post("/imports?kind=" + file[0]).then().statusCode(200);
        }
        sampleCouncilLoaded = true;
    }
}
