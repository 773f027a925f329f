package org.liaison.system.bench;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.OidcServer;
import org.liaison.embedded.Ports;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;

/**
 * The benchmarks of issue 10 item 6 in one run, on one set of embedded servers (PostgreSQL, Kafka, GreenMail) and one
 * instance of each packaged service: (d) each service's start time alone, then (a) fan-out ({@link FanOutBenchmark}),
 * (b) intake ({@link IntakeBenchmark}), (c) release approval ({@link ReleaseApprovalBenchmark}), and (d) each
 * service's RSS after them. Every figure is printed beside its anchor from the same run; nothing is asserted.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests -Pbenchmarks && ./mvnw -B -q -pl system-tests test-compile
 * exec:java@suite-benchmark} (see docs/benchmarks.md). {@code -Dbench.fanout=false} leaves (a) out;
 * {@code -Dintake.clients=8 -Dintake.requests=2000 -Dintake.rounds=2 -Dintake.warm-up=1000 -Drelease.every-ms=500
 * -Drelease.count=120}
 * are the defaults of the others.
 */
public final class SuiteBenchmark {

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);
    private static final String BARE_INTAKE = "benchmarks/bare-intake";

    /** One process as started alone: how long until ready, its RSS then and after the benchmarks. */
    private record Started(String name, ServiceProcess process, Duration readyIn, long rssAfterStartKb) {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("liaison.repository", ".")).toRealPath();
        Path logs = emptyLogDirectory(repository.resolve("system-tests/target/suite-benchmark"));
        boolean fanOut = Boolean.parseBoolean(System.getProperty("bench.fanout", "true"));
        int clients = Integer.getInteger("intake.clients", 8);
        int requests = Integer.getInteger("intake.requests", 2_000);
        int rounds = Integer.getInteger("intake.rounds", 2);
        int warmUp = Integer.getInteger("intake.warm-up", 1_000);
        Duration releaseEvery = Duration.ofMillis(Integer.getInteger("release.every-ms", 500));
        int releases = Integer.getInteger("release.count", 120);

        List<String> modules = new ArrayList<>(SuiteServices.ALL.stream().map(SuiteServices.Service::name).toList());
        modules.add(BARE_INTAKE);
        PackagedApps packaged = PackagedApps.of(repository, modules);
        System.out.printf("as packaged: %s%nservice logs in %s%n", packaged, logs);

        List<Started> started = new ArrayList<>();
        try (PostgresServer postgres = PostgresServer.forTests();
                KafkaBroker kafka = KafkaBroker.forTests();
                SmtpServer smtp = SmtpServer.start();
                OidcServer oidc = OidcServer.forTests()) { // closed here: under exec:java its shutdown hook does not stop it
            kafka.createSuiteTopics();
            SuiteServices.Infrastructure infrastructure = new SuiteServices.Infrastructure(postgres, kafka.bootstrapServers(),
                    smtp.host(), smtp.port(), oidc.issuer());
            // The services keep the machine's clock, as in production (no clock-offset file): ward-notify stamps some
            // columns from the database's clock, and the fan-out's analysis of its table compares them with the others.
            // Every email measured goes to councillors, whom no working hours hold back (HUB-3), so the hour of the run
            // does not matter.
            Map<String, String> environment = Map.of();
            try {
                // (d), first half: each started while nothing else starts (those before it are up and idle)
                for (SuiteServices.Service service : SuiteServices.ALL) {
                    long starting = SuiteClock.ticks();
                    ServiceProcess process = SuiteServices.startInstance(repository, infrastructure, service, service.name(),
                            service.database(), environment, logs, READY_WITHIN);
                    started.add(started(service.name(), process, SuiteClock.since(starting)));
                }
                started.add(startBareIntake(repository, postgres, logs));
                Map<String, Started> byName = new LinkedHashMap<>();
                started.forEach(s -> byName.put(s.name(), s));
                FanOutBenchmark.Check stillValid = () -> {
                    packaged.unchanged();
                    for (Started s : started) {
                        if (!s.process().isAlive()) {
                            throw new IllegalStateException(s.name() + " exited; see " + s.process().logFile());
                        }
                    }
                };

                FanOut fanOutResult = fanOut ? fanOut(smtp, postgres, kafka, byName.get("ward-notify-service"), stillValid) : null;
                IntakeBenchmark.Result intake = new IntakeBenchmark(postgres, kafka.bootstrapServers(), clients, requests, rounds, warmUp)
                        .run(byName.get("enquiry-service").process(), byName.get(BARE_INTAKE).process(), stillValid);
                smtp.purge();
                ReleaseApprovalBenchmark.Result release = new ReleaseApprovalBenchmark(postgres, kafka.bootstrapServers(), smtp,
                        releases, releaseEvery).run(byName.get("media-service").process(), stillValid);
                // (d), second half
                Map<String, Long> rssAfter = new LinkedHashMap<>();
                started.forEach(s -> rssAfter.put(s.name(), FanOutBenchmark.rssKb(s.process())));
                stillValid.run();

                if (fanOutResult != null) {
                    FanOutBenchmark.report(fanOutResult.anchors(), fanOutResult.hubs());
                }
                report(intake, release, started, rssAfter, fanOut);
            } finally {
                started.parallelStream().forEach(s -> s.process().close());
            }
        }
    }

    private static Path emptyLogDirectory(Path logs) throws Exception {
        Files.createDirectories(logs);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path log : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        }
        return logs;
    }

    private static Started started(String name, ServiceProcess process, Duration readyIn) {
        Started started = new Started(name, process, readyIn, FanOutBenchmark.rssKb(process));
        System.out.printf("%s ready in %.1f s (started alone), RSS %,d MiB%n", name, readyIn.toNanos() / 1e9,
                started.rssAfterStartKb() / 1024);
        return started;
    }

    /** The intake anchor, on its own database of the same server, started as the services are. */
    private static Started startBareIntake(Path repository, PostgresServer postgres, Path logs) {
        postgres.ensureDatabase("bare");
        long starting = SuiteClock.ticks();
        ServiceProcess bare = ServiceProcess.start(BARE_INTAKE, repository.resolve(BARE_INTAKE).resolve("target/quarkus-app/quarkus-run.jar"),
                Ports.free(), Map.of("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl("bare"),
                        "QUARKUS_DATASOURCE_USERNAME", postgres.username(), "QUARKUS_DATASOURCE_PASSWORD", postgres.password()),
                logs.resolve("bare-intake.log"));
        bare.awaitReady(READY_WITHIN);
        return started(BARE_INTAKE, bare, SuiteClock.since(starting));
    }

    // ---- (a) on the running ward-notify-service ---------------------------------------------------------------

    private record FanOut(List<FanOutBenchmark.Run> anchors, List<FanOutBenchmark.HubRun> hubs) {
    }

    /** ward-notify's default {@code liaison.delivery.connections} (application.properties), which this run keeps. */
    private static final int DEFAULT_CONNECTIONS = 4;

    private static FanOut fanOut(SmtpServer smtp, PostgresServer postgres, KafkaBroker kafka, Started notify,
            FanOutBenchmark.Check stillValid) throws Exception {
        String ward = FanOutBenchmark.loadDirectory(kafka.bootstrapServers(), postgres);
        // enquiry- and media-service replicate the councillors too: let them finish before anything is timed
        for (String database : List.of("enquiry", "media")) {
            ServiceDatabase replica = new ServiceDatabase(postgres, database);
            await().alias(database + "'s replica holds the fan-out councillors").atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> replica.count("select count(*) from councillor_replica") >= FanOutBenchmark.EMAILS);
        }
        FanOutBenchmark.warmUpAnchor(smtp);
        List<FanOutBenchmark.Run> anchors = new ArrayList<>();
        List<FanOutBenchmark.HubRun> hubs = new ArrayList<>();
        anchors.add(FanOutBenchmark.anchor(smtp, "anchor (before)"));
        String token = DevTokens.mint("ms-officer-1", "members-services");
        for (int round = 1; round <= FanOutBenchmark.HUB_ROUNDS; round++) {
            hubs.add(FanOutBenchmark.hub(smtp, postgres, notify.process(), ward, DEFAULT_CONNECTIONS, round, token,
                    notify.readyIn(), notify.rssAfterStartKb(), stillValid));
            anchors.add(FanOutBenchmark.anchor(smtp, "anchor (after " + hubs.get(hubs.size() - 1).run().what() + ")"));
        }
        return new FanOut(anchors, hubs);
    }

    // ---- the figures -------------------------------------------------------------------------------------------

    private static void row(StringBuilder out, RequestLoad.Round round, String ratio) {
        out.append(String.format("| %s | %,d | %d | %.2f s | %,.0f | %s | %s | %s |%n", round.what(), round.latencies().count(),
                round.clients(), round.took().toNanos() / 1e9, round.perSecond(), Latencies.ms(round.latencies().p50()),
                Latencies.ms(round.latencies().p99()), ratio));
    }

    private static void report(IntakeBenchmark.Result intake, ReleaseApprovalBenchmark.Result release, List<Started> started,
            Map<String, Long> rssAfter, boolean fanOut) {
        StringBuilder out = new StringBuilder("\n(b) intake\n\n| run | requests | clients | time | req/s | p50 | p99 | "
                + "POST /enquiries / anchors around it |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int i = 0; i < intake.anchors().size(); i++) {
            row(out, intake.anchors().get(i), "");
            if (i < intake.liaison().size()) {
                row(out, intake.liaison().get(i), String.format("%.2f×", intake.ratio(i)));
            }
        }
        for (int i = 0; i < intake.liaison().size(); i++) {
            out.append(String.format("%nratio POST /enquiries (round %d) / bare intake (mean of the rounds around it): %.2f× "
                    + "(target ≥ 0.5×); its acknowledgement emails all sent %.1f s after it (not counted)", i + 1,
                    intake.ratio(i), intake.acknowledgementsSettled().get(i).toNanos() / 1e9));
        }
        out.append("\n");

        out.append(String.format("%n(c) release approval: %d releases, one every %d ms, %d councillors each%n%n",
                release.releases(), release.interval().toMillis(), ReleaseApprovalBenchmark.COUNCILLORS));
        out.append("| from sending approve until | p50 | p99 | max |\n|---|---:|---:|---:|\n");
        out.append(String.format("| approve answered | %s | %s | %s |%n", Latencies.ms(release.approveAnswered().p50()),
                Latencies.ms(release.approveAnswered().p99()), Latencies.ms(release.approveAnswered().max())));
        out.append(String.format("| every councillor's email held by the SMTP server | %s | %s | %s |%n",
                Latencies.ms(release.everyCouncillorEmailed().p50()), Latencies.ms(release.everyCouncillorEmailed().p99()),
                Latencies.ms(release.everyCouncillorEmailed().max())));

        out.append(String.format("%n(d) start alone and RSS (target < 200 MB); RSS after %s%n%n", fanOut ? "(a)–(c)" : "(b) and (c)"));
        out.append("| process | ready in (alone) | RSS after start | RSS after the benchmarks |\n|---|---:|---:|---:|\n");
        for (Started s : started) {
            out.append(String.format("| %s | %.1f s | %,d MiB | %,d MiB |%n", s.name(), s.readyIn().toNanos() / 1e9,
                    s.rssAfterStartKb() / 1024, rssAfter.get(s.name()) / 1024));
        }
        System.out.println(out);
    }
}
