package org.liaison.system.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import org.liaison.embedded.SuiteClock;

/**
 * A closed-loop HTTP load: {@code clients} threads, each sending its next request as soon as its last was answered,
 * until {@code requests} have been answered. The same client for every endpoint measured, so that only the server
 * differs: java.net.http over HTTP/1.1 with kept-alive connections (about one per client).
 */
final class RequestLoad {

    /** One round: how long all the requests took together, and each one's latency. */
    record Round(String what, int clients, Duration took, Latencies latencies) {
        double perSecond() {
            return latencies.count() / (took.toNanos() / 1e9);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final int clients;

    RequestLoad(int clients) {
        this.clients = clients;
    }

    /**
     * Sends {@code request.apply(i)} for i from 0 to {@code requests - 1} ({@code i % clients} is the client sending
     * it); every answer must have {@code expectedStatus}, or the round stops with the first one that did not.
     */
    Round run(String what, int requests, IntFunction<HttpRequest> request, int expectedStatus) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> wrongAnswer = new AtomicReference<>();
        ExecutorService clientThreads = Executors.newFixedThreadPool(clients);
        long started = SuiteClock.ticks();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                running.add(clientThreads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests && wrongAnswer.get() == null; i = next.getAndIncrement()) {
                        HttpRequest sent = request.apply(i);
                        long sending = SuiteClock.ticks();
                        HttpResponse<String> answer = http.send(sent, HttpResponse.BodyHandlers.ofString());
                        latencies[i] = SuiteClock.since(sending).toNanos();
                        if (answer.statusCode() != expectedStatus) {
                            wrongAnswer.compareAndSet(null, sent.method() + " " + sent.uri() + " answered "
                                    + answer.statusCode() + ": " + answer.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clientThreads.shutdownNow();
        }
        Duration took = SuiteClock.since(started);
        if (wrongAnswer.get() != null) {
            throw new IllegalStateException(what + ": " + wrongAnswer.get());
        }
        Round round = new Round(what, clients, took, Latencies.of(latencies));
        System.out.printf("%s: %,d requests from %d clients in %.2f s = %,.0f req/s, p50 %s, p99 %s, max %s%n", what,
                requests, clients, took.toNanos() / 1e9, round.perSecond(), Latencies.ms(round.latencies().p50()),
                Latencies.ms(round.latencies().p99()), Latencies.ms(round.latencies().max()));
        return round;
    }

    /** For requests that are not part of a round (preparing one, say), on the same client. */
    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
