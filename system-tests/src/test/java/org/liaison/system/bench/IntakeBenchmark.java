package org.liaison.system.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SuiteClock;

/**
 * (b) Intake: {@code POST /enquiries} on enquiry-service as packaged, against the same request to the bare-intake
 * anchor (one Panache insert behind a Quarkus REST resource, benchmarks/bare-intake) on the same database server,
 * from the same client with the same concurrency.
 *
 * <p>Each councillor of the load is a client with its own token; every enquiry goes to one service area whose key
 * contact is in office hours, so each is routed and announced (outbox, Kafka) and ward-notify-service acknowledges it
 * by email, as in production. That email is not part of intake: after the Liaison round the run waits until every
 * acknowledgement has been sent (timed apart) before the anchor runs again, so the anchor after is not measured under
 * the hub's delivery.
 */
final class IntakeBenchmark {

    /**
     * The anchor's rounds and Liaison's, alternating: anchor, Liaison, anchor, ..., anchor (one more anchor than Liaison
     * rounds); and after each Liaison round, how long its acknowledgement emails took to be all sent.
     */
    record Result(List<RequestLoad.Round> anchors, List<RequestLoad.Round> liaison, List<Duration> acknowledgementsSettled) {

        /** Liaison's round {@code i} against the mean of the anchor's rounds just before and after it. */
        double ratio(int i) {
            return liaison.get(i).perSecond() / ((anchors.get(i).perSecond() + anchors.get(i + 1).perSecond()) / 2);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SETTLED_WITHIN = Duration.ofMinutes(10);

    private final ServiceDatabase enquiryDatabase;
    private final ServiceDatabase notifyDatabase;
    private final String kafka;
    private final int clients;
    private final int requests;
    private final int rounds;
    private final int warmUp;

    IntakeBenchmark(PostgresServer postgres, String kafka, int clients, int requests, int rounds, int warmUp) {
        this.enquiryDatabase = new ServiceDatabase(postgres, "enquiry");
        this.notifyDatabase = new ServiceDatabase(postgres, "notify");
        this.kafka = kafka;
        this.clients = clients;
        this.requests = requests;
        this.rounds = rounds;
        this.warmUp = warmUp;
    }

    Result run(ServiceProcess enquiry, ServiceProcess bare, FanOutBenchmark.Check stillValid) throws Exception {
        Raisers raisers = raisers();
        List<String> tokens = raisers.tokens();
        String body = JSON.writeValueAsString(Map.of("subject", "Overgrown hedge blocking the footpath on Mill Lane",
                "body", ENQUIRY, "serviceAreaCode", raisers.serviceArea(), "wardCode", "E05000001", "category", "WARD_ISSUE",
                "constituentConfidential", false, "doNotCopy", false));
        RequestLoad load = new RequestLoad(clients);

        load.run("warm-up, bare intake (not counted)", warmUp, i -> post(bare, tokens.get(i % clients), body), 201);
        load.run("warm-up, POST /enquiries (not counted)", warmUp, i -> post(enquiry, tokens.get(i % clients), body), 201);
        awaitAcknowledgementsSent(stillValid);
        stillValid.run();

        List<RequestLoad.Round> anchors = new ArrayList<>();
        List<RequestLoad.Round> liaison = new ArrayList<>();
        List<Duration> settled = new ArrayList<>();
        anchors.add(load.run("bare intake", requests, i -> post(bare, tokens.get(i % clients), body), 201));
        for (int round = 1; round <= rounds; round++) {
            liaison.add(load.run("POST /enquiries (round " + round + ")", requests,
                    i -> post(enquiry, tokens.get(i % clients), body), 201));
            long settling = SuiteClock.ticks();
            awaitAcknowledgementsSent(stillValid);
            settled.add(SuiteClock.since(settling));
            System.out.printf("every acknowledgement of those %,d enquiries sent %.1f s after the round (not counted)%n",
                    requests, settled.get(settled.size() - 1).toNanos() / 1e9);
            anchors.add(load.run("bare intake", requests, i -> post(bare, tokens.get(i % clients), body), 201));
            stillValid.run();
        }
        return new Result(anchors, liaison, settled);
    }

    /** The councillors raising the enquiries (one per client, each with a token) and the service area they write to. */
    private record Raisers(String serviceArea, List<String> tokens) {
    }

    /** A service area with its three officers, and one active councillor per client, in enquiry-service's replica. */
    private Raisers raisers() {
        DirectoryFixture directory = new DirectoryFixture(kafka, enquiryDatabase.replica());
        String director = directory.officer("Dana Director", "DIRECTOR", null);
        String head = directory.officer("Hal Head", "HEAD_OF_SERVICE", director);
        String key = directory.officer("Kim Key", "SERVICE_MANAGER", head);
        String area = directory.serviceArea(key, head, director);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            tokens.add(DevTokens.mint(directory.councillor(String.format("Cllr Intake %02d", i), null, List.of()), "councillor"));
        }
        return new Raisers(area, tokens);
    }

    private static HttpRequest post(ServiceProcess service, String token, String body) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/enquiries")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /**
     * Until every enquiry's announcement is on Kafka, ward-notify-service has handled each one, and no email is waiting
     * to be sent (the acknowledgements go to councillors, who are written to at any hour).
     */
    private void awaitAcknowledgementsSent(FanOutBenchmark.Check stillValid) {
        await().alias("every enquiry acknowledged by email").atMost(SETTLED_WITHIN).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    stillValid.run();
                    if (enquiryDatabase.count("select count(*) from outbox_message where published_at is null") > 0) {
                        return false;
                    }
                    List<String> announced = enquiryDatabase.strings("select id::text from outbox_message");
                    return notifyDatabase.count("select count(*) from processed_event where event_id = any(?)", announced)
                                    == announced.size()
                            && notifyDatabase.count("select count(*) from notification where status in ('PENDING', 'RETRYING')") == 0;
                });
    }

    /** About the length of a real enquiry (~900 characters). */
    private static final String ENQUIRY = "A resident of Mill Lane has contacted me about the hedge along the boundary of "
            + "the allotments between numbers 12 and 40. It now overhangs the footpath by more than a metre for most of that "
            + "stretch, so that people with pushchairs or wheelchairs have to step into the road, where cars park on both "
            + "sides and visibility is poor near the bend. She says she reported it online in the spring and again in the "
            + "summer and received an automatic acknowledgement both times, but nothing has been done. Could you tell me "
            + "who is responsible for the hedge (the council as owner of the allotment site, or the allotment association "
            + "under its lease), when it will be cut back, and whether the online reports were received and where they "
            + "went? If the association is responsible, please let me know what the council will do to make sure the "
            + "work is done before the winter, and whether the footpath can be inspected in the meantime. Thank you.";
}
