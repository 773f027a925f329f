package org.liaison.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.standalone.GreenMailStandaloneRunner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.OidcServer;
import org.liaison.embedded.Ports;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SuiteServices;

/**
 * Runs the whole suite on one machine without Docker: embedded PostgreSQL, a Kafka broker, GreenMail with
 * its web mail viewer, and the four packaged services. Data lives in one folder and survives restarts;
 * a sample council is loaded on first start; Ctrl-C stops everything.
 */
public final class LocalSuite {

    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 19092;
    static final int KAFKA_CONTROLLER_PORT = 19093;
    static final int SMTP_PORT = 13025;
    static final int IMAP_PORT = 13143;
    static final int MAIL_VIEWER_PORT = 8025;
    static final int OIDC_PORT = 8090;
    static final int WEB_PORT = SuiteServices.WEB_DEFAULT_PORT;

    private LocalSuite() {
    }

    public static void main(String[] args) throws Exception {
        Instant started = Instant.now();
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toRealPath();
        Path data = repository.resolve(args.length > 1 ? args[1] : ".liaison-local");
        Path logs = data.resolve("logs");
        Files.createDirectories(logs);
        say("Liaison local run — data in " + data + ", logs in " + logs);

        PostgresServer postgres = startPostgres(data);
        Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-stop"));
        say("PostgreSQL ready on port " + postgres.port());

        String kafkaBootstrap = System.getenv("LIAISON_KAFKA_BOOTSTRAP");
        KafkaBroker kafka = null;
        if (kafkaBootstrap == null || kafkaBootstrap.isBlank()) {
            kafka = KafkaBroker.start(data.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT);
            kafka.createSuiteTopics();
            kafkaBootstrap = kafka.bootstrapServers();
        }
        say("Kafka ready at " + kafkaBootstrap);

        OidcServer oidc = OidcServer.start(data.resolve("oidc"), OIDC_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(oidc::close, "oidc-stop"));
        say("OIDC provider (DEV/TEST ONLY) at " + oidc.issuer() + "   login page " + oidc.issuer() + "/debugger");

        startMailServer();
        say("SMTP server on port " + SMTP_PORT + ", mail viewer on http://127.0.0.1:" + MAIL_VIEWER_PORT + "/");

        // A local demonstration may move the suite's clock (deploy/local/clock) to watch enquiries fall due and be
        // chased; each run starts at real time.
        Path clockOffset = data.resolve("clock-offset");
        Files.writeString(clockOffset, Duration.ZERO.toString());
        // LOCAL ONLY: the casework seal's key pair, made once and kept with the run's data (docs/security.md)
        SuiteServices.useSealKeys(SuiteServices.sealKeysIn(data.resolve("casework-seal")));
        SuiteServices services = SuiteServices.start(repository, new SuiteServices.Infrastructure(postgres, kafkaBootstrap,
                "127.0.0.1", SMTP_PORT, oidc.issuer()),
                logs, false, Duration.ofMinutes(3), Map.of("LIAISON_CLOCK_OFFSET_FILE", clockOffset.toString(),
                        "LIAISON_CHASE_EVERY", "30s",
                        "LIAISON_COUNCIL_PROFILE", System.getenv().getOrDefault("LIAISON_COUNCIL_PROFILE", "liaison-default"),
                        // HUB-2: bounces come back to bounces+<id>@council.example; GreenMail's IMAP holds that mailbox
                        "LIAISON_BOUNCES_ADDRESS", "bounces@council.example",
                        "LIAISON_BOUNCES_IMAP_HOST", "127.0.0.1",
                        "LIAISON_BOUNCES_IMAP_PORT", String.valueOf(IMAP_PORT),
                        "LIAISON_BOUNCES_IMAP_SSL", "false"));
        KafkaBroker broker = kafka;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println();
            say("Stopping Liaison…");
            services.close();
            if (broker != null) {
                broker.close();
            }
        }, "suite-stop"));

        SampleCouncil.loadIfEmpty(repository.resolve("deploy/local/sample-council"), services.url("directory-service"), oidc.issuer());

        if (Ports.inUse(WEB_PORT)) {
            throw new IllegalStateException("Port " + WEB_PORT + " for the web app is taken: is another local run still going?");
        }
        ServiceProcess web = services.startWeb(repository, new SuiteServices.Infrastructure(postgres, kafkaBootstrap,
                "127.0.0.1", SMTP_PORT, oidc.issuer()), WEB_PORT, logs, Duration.ofMinutes(2));
        Runtime.getRuntime().addShutdownHook(new Thread(web::close, "web-stop"));

        System.out.println();
        say("Liaison is running (ready in " + Duration.between(started, Instant.now()).toSeconds() + " s):");
        System.out.printf("  %-20s %s/   (sign in on the provider's page: any user name, claims e.g.%n", "web", web.baseUrl());
        System.out.printf("  %-20s {\"email\": \"ada.price@members.aldermoor.example\", \"groups\": [\"councillor\"]})%n", "");
        for (SuiteServices.Service service : SuiteServices.ALL) {
            System.out.printf("  %-20s %s/q/swagger-ui   health %s/q/health%n", service.name(),
                    services.url(service.name()), services.url(service.name()));
        }
        System.out.printf("  %-20s http://127.0.0.1:%d/   (SMTP 127.0.0.1:%d)%n", "mail viewer", MAIL_VIEWER_PORT, SMTP_PORT);
        System.out.printf("  %-20s %s%n", "PostgreSQL", postgres.jdbcUrl("directory") + " (user postgres; one database per service)");
        System.out.printf("  %-20s %s%n", "Kafka", kafkaBootstrap);
        System.out.println("  Get a token:         deploy/local/dev-token ms-officer-1 members-services");
        System.out.println("  Move the clock:      deploy/local/clock 2027-01-19T10:00   (deploy/local/clock reset)");
        System.out.println("Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    private static PostgresServer startPostgres(Path data) {
        String external = System.getenv("LIAISON_DB_URL");
        if (external != null && !external.isBlank()) {
            return PostgresServer.external(external, env("LIAISON_DB_USERNAME", "postgres"), env("LIAISON_DB_PASSWORD", ""));
        }
        if (Ports.inUse(POSTGRES_PORT)) {
            throw new IllegalStateException("Port " + POSTGRES_PORT + " is taken: is another local run still going?");
        }
        return PostgresServer.embedded(data.resolve("postgres"), POSTGRES_PORT);
    }

    private static void startMailServer() {
        if (Ports.inUse(SMTP_PORT) || Ports.inUse(MAIL_VIEWER_PORT)) {
            throw new IllegalStateException("Port " + SMTP_PORT + " or " + MAIL_VIEWER_PORT + " is taken");
        }
        Properties props = new Properties();
        props.setProperty("greenmail.smtp.hostname", "127.0.0.1");
        props.setProperty("greenmail.smtp.port", String.valueOf(SMTP_PORT));
        props.setProperty("greenmail.imap.hostname", "127.0.0.1");
        props.setProperty("greenmail.imap.port", String.valueOf(IMAP_PORT));
        props.setProperty("greenmail.api.hostname", "127.0.0.1");
        props.setProperty("greenmail.api.port", String.valueOf(MAIL_VIEWER_PORT));
        props.setProperty("greenmail.auth.disabled", "true");
        new GreenMailStandaloneRunner().doRun(props);
    }

    static void say(String line) {
        System.out.println("[liaison] " + line);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * The sample council, loaded through directory-service's CSV import (the same path a council uses) so
     * every record is published like any other change. Declared relationships go through the register's API.
     */
    static final class SampleCouncil {

        /** Import order: what a file refers to is imported before it. */
        static final List<String[]> FILES = List.of(
                new String[] {"wards", "wards.csv"},
                new String[] {"committees", "committees.csv"},
                new String[] {"groups", "groups.csv"},
                new String[] {"councillors", "councillors.csv"},
                new String[] {"groups", "group-leaders.csv"},
                new String[] {"officers", "officers.csv"},
                new String[] {"service-areas", "service-areas.csv"});

        private static final HttpClient HTTP = HttpClient.newHttpClient();
        private static final ObjectMapper JSON = new ObjectMapper();

        static void loadIfEmpty(Path folder, String directoryUrl, String issuer) throws IOException, InterruptedException {
            String token = DevTokens.mintAt(issuer, "local-admin", "admin");
            if (get(directoryUrl + "/wards?size=1", token).get("total").asLong() > 0) {
                say("Sample council already loaded");
                return;
            }
            for (String[] file : FILES) {
                send(request(directoryUrl + "/imports?kind=" + file[0], token).header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(folder.resolve(file[1]))).build(), 200);
            }
            Map<String, String> ids = new HashMap<>();
            for (String kind : List.of("councillors", "officers")) {
                for (JsonNode person : get(directoryUrl + "/" + kind + "?size=500", token).get("items")) {
                    ids.put(person.get("email").asText(), person.get("id").asText());
                }
            }
            String monitoringOfficer = DevTokens.mintAt(issuer, "local-monitoring-officer", "monitoring-officer");
            JsonNode relationships = JSON.readTree(folder.resolve("relationships.json").toFile());
            for (JsonNode relationship : relationships) {
                ObjectNode body = relationship.deepCopy();
                body.put("councillorId", ids.get(body.remove("councillorEmail").asText()));
                body.put("officerId", ids.get(body.remove("officerEmail").asText()));
                send(request(directoryUrl + "/relationships", monitoringOfficer).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), 201);
            }
            say("Loaded the sample council (Aldermoor, fictional): "
                    + get(directoryUrl + "/wards?size=1", token).get("total") + " wards, "
                    + get(directoryUrl + "/councillors?size=1", token).get("total") + " councillors, "
                    + get(directoryUrl + "/officers?size=1", token).get("total") + " officers, "
                    + get(directoryUrl + "/service-areas?size=1", token).get("total") + " service areas, "
                    + relationships.size() + " declared relationships");
        }

        private static JsonNode get(String url, String token) throws IOException, InterruptedException {
            return JSON.readTree(send(request(url, token).GET().build(), 200));
        }

        private static String send(HttpRequest request, int expected) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException("Loading the sample council failed at " + request.uri() + ": "
                        + response.statusCode() + " " + response.body());
            }
            return response.body();
        }

        private static HttpRequest.Builder request(String url, String token) {
            return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
        }
    }
}
