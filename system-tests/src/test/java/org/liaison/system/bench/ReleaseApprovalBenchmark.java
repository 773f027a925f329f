package org.liaison.system.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;

/**
 * (c) Release approval (NTF-3): how long after comms approve a release about a ward every councillor of that ward has
 * its email, with approvals arriving at a steady rate.
 *
 * <p>One ward with {@value #COUNCILLORS} active councillors in the replicas of media-service and ward-notify-service.
 * The releases are drafted and submitted first (not timed); then one is approved every {@code interval}, on a
 * schedule that does not wait for the previous approval (an open loop, as comms officers would). Per release: from
 * sending {@code POST /releases/{id}/approve} until GreenMail holds the email of every councillor of the ward, polled
 * every {@value #POLL_MS} ms (the figures' resolution). The path measured: media-service's approval transaction and
 * outbox, Kafka, ward-notify's consumer registering the PRESS_RELEASE matter, its delivery, the SMTP server.
 */
final class ReleaseApprovalBenchmark {

    static final int COUNCILLORS = 3;
    private static final int POLL_MS = 50;
    private static final int WARM_UP = 10;
    private static final String COMMS = DevTokens.mint("comms-officer-1", "comms");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Per release approved in the timed part: approval answered, and every councillor's email held by the server. */
    record Result(int releases, Duration interval, Latencies approveAnswered, Latencies everyCouncillorEmailed) {
    }

    /** A submitted release, ready to approve. */
    private record Submitted(String id, String etag, String title) {
        String subject() {
            return "Press release about your ward: " + title;
        }
    }

    private final ServiceDatabase mediaDatabase;
    private final ServiceDatabase notifyDatabase;
    private final String kafka;
    private final SmtpServer smtp;
    private final int releases;
    private final Duration interval;
    private final RequestLoad http = new RequestLoad(1);

    ReleaseApprovalBenchmark(PostgresServer postgres, String kafka, SmtpServer smtp, int releases, Duration interval) {
        this.mediaDatabase = new ServiceDatabase(postgres, "media");
        this.notifyDatabase = new ServiceDatabase(postgres, "notify");
        this.kafka = kafka;
        this.smtp = smtp;
        this.releases = releases;
        this.interval = interval;
    }

    Result run(ServiceProcess media, FanOutBenchmark.Check stillValid) throws Exception {
        String ward = wardWithCouncillors();
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Submitted> warmUp = new ArrayList<>();
        for (int i = 0; i < WARM_UP; i++) {
            warmUp.add(submitted(media, ward, String.format("Play area reopens (warm-up %02d, run %s)", i, run)));
        }
        List<Submitted> timed = new ArrayList<>();
        for (int i = 0; i < releases; i++) {
            timed.add(submitted(media, ward, String.format("Play area reopens (release %03d, run %s)", i, run)));
        }
        System.out.printf("%d releases about ward %s drafted and submitted (not timed)%n", WARM_UP + releases, ward);

        for (Submitted release : warmUp) {
            approve(media, release);
        }
        await().alias("the warm-up releases' emails").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(POLL_MS))
                .until(() -> emailedCouncillors(warmUp).values().stream().allMatch(n -> n >= COUNCILLORS));
        smtp.purge();
        stillValid.run();

        // written by the approving threads, read by the polling one
        AtomicLongArray approving = new AtomicLongArray(releases);
        AtomicReferenceArray<Duration> answered = new AtomicReferenceArray<>(releases);
        AtomicReferenceArray<Duration> emailed = new AtomicReferenceArray<>(releases);
        AtomicReference<String> wrongAnswer = new AtomicReference<>();
        // a few threads, so that a slow approval does not delay the next one's start (the rate stays steady)
        ScheduledExecutorService approvers = Executors.newScheduledThreadPool(4);
        try {
            for (int i = 0; i < releases; i++) {
                int index = i;
                approvers.schedule(() -> {
                    long sending = SuiteClock.ticks();
                    approving.set(index, sending);
                    try {
                        approve(media, timed.get(index));
                        answered.set(index, SuiteClock.since(sending));
                    } catch (Exception | AssertionError e) {
                        wrongAnswer.compareAndSet(null, e.toString());
                    }
                }, interval.toNanos() * i, TimeUnit.NANOSECONDS);
            }
            await().alias("every councillor's email of " + releases + " releases").atMost(interval.multipliedBy(releases)
                            .plus(Duration.ofMinutes(5))).pollInterval(Duration.ofMillis(POLL_MS))
                    .until(() -> {
                        if (wrongAnswer.get() != null) {
                            throw new IllegalStateException("An approval failed: " + wrongAnswer.get());
                        }
                        stillValid.run();
                        Map<String, Integer> counts = emailedCouncillors(timed);
                        boolean all = true;
                        for (int i = 0; i < releases; i++) {
                            if (emailed.get(i) == null && approving.get(i) != 0
                                    && counts.get(timed.get(i).subject()) >= COUNCILLORS) {
                                emailed.set(i, SuiteClock.since(approving.get(i)));
                            }
                            all &= emailed.get(i) != null && answered.get(i) != null;
                        }
                        return all;
                    });
        } finally {
            approvers.shutdownNow();
        }
        Result result = new Result(releases, interval, Latencies.of(all(answered)), Latencies.of(all(emailed)));
        System.out.printf("release approval, one every %d ms for %.0f s: approve answered p50 %s, p99 %s; every councillor "
                        + "emailed p50 %s, p99 %s, max %s%n", interval.toMillis(), interval.multipliedBy(releases).toMillis() / 1e3,
                Latencies.ms(result.approveAnswered().p50()), Latencies.ms(result.approveAnswered().p99()),
                Latencies.ms(result.everyCouncillorEmailed().p50()), Latencies.ms(result.everyCouncillorEmailed().p99()),
                Latencies.ms(result.everyCouncillorEmailed().max()));
        smtp.purge();
        return result;
    }

    /** A fresh ward and its councillors, in the replicas of media-service and ward-notify-service. */
    private String wardWithCouncillors() {
        DirectoryFixture directory = new DirectoryFixture(kafka, mediaDatabase.replica(), notifyDatabase.replica());
        String ward = directory.ward("Release ward");
        for (int i = 0; i < COUNCILLORS; i++) {
            directory.councillor(String.format("Cllr Release %d", i), null, List.of(), ward);
        }
        return ward;
    }

    private Submitted submitted(ServiceProcess media, String ward, String title) throws Exception {
        // planned two days ahead on the services' clock, which is the machine's
        Map<String, Object> draft = Map.of("title", title, "body", "The play area on Elm Road reopens after resurfacing.",
                "purpose", "COUNCIL_BUSINESS", "wardCodes", List.of(ward),
                "plannedIssueAt", SuiteClock.machineNow().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString());
        HttpResponse<String> created = expect(201, http.send(request(media, "/releases", null, draft)));
        String id = JSON.readTree(created.body()).path("id").asText();
        HttpResponse<String> submitted = expect(200, http.send(request(media, "/releases/" + id + "/submit",
                created.headers().firstValue("ETag").orElseThrow(), Map.of())));
        return new Submitted(id, submitted.headers().firstValue("ETag").orElseThrow(), title);
    }

    private void approve(ServiceProcess media, Submitted release) throws Exception {
        expect(200, http.send(request(media, "/releases/" + release.id() + "/approve", release.etag(), Map.of())));
    }

    private static HttpRequest request(ServiceProcess media, String path, String ifMatch, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(media.baseUrl() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + COMMS).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.build();
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.request().uri() + " answered "
                    + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }

    private static List<Duration> all(AtomicReferenceArray<Duration> durations) {
        List<Duration> all = new ArrayList<>();
        for (int i = 0; i < durations.length(); i++) {
            all.add(durations.get(i));
        }
        return all;
    }

    /** How many emails the server holds with each release's subject. */
    private Map<String, Integer> emailedCouncillors(List<Submitted> which) {
        Map<String, Integer> counts = new HashMap<>();
        which.forEach(release -> counts.put(release.subject(), 0));
        for (var message : smtp.received()) {
            counts.computeIfPresent(SmtpServer.subjectOf(message), (subject, n) -> n + 1);
        }
        return counts;
    }
}
