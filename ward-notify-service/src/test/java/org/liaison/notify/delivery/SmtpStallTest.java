package org.liaison.notify.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailConfig;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.StartTLSOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.SmtpServer;

/**
 * The 30-second SMTP stall (HUB-2), reproduced and removed. The Vert.x mail client, asked to send from a thread that
 * is not an event loop, now and then loses the relay's {@code 220} greeting: the session sits silent until the relay's
 * idle timeout, which answers {@code 421}. The server here hangs up after two silent seconds, so a stall shows as a
 * 421 failure quickly. Each email opens a fresh session (keep-alive off), the case where the greeting is read; before
 * {@link EventLoops}, 24 of 1,000 such sends from a plain thread stalled, and none of 1,000 started on an event loop.
 */
@Tag("HUB-2")
class SmtpStallTest {

    private static final int SENDS = 400;
    private static Vertx vertx;
    private static SmtpServer smtp;
    private static MailClient client;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        smtp = SmtpServer.start(Duration.ofSeconds(2));
        client = MailClient.create(vertx, new MailConfig().setHostname(smtp.host()).setPort(smtp.port())
                .setStarttls(StartTLSOptions.DISABLED).setKeepAlive(false));
    }

    @AfterAll
    static void stop() {
        client.close();
        smtp.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void called_from_a_plain_thread_the_mail_client_now_and_then_loses_the_greeting_and_stalls() throws Exception {
        List<String> stalls = sendAll(Runnable::run, "plain");
        // If this ever fails, the mail client no longer loses the greeting and EventLoops may be removed.
        assertTrue(stalls.stream().allMatch(s -> s.contains("421")), String.valueOf(stalls));
        assertTrue(!stalls.isEmpty(), "no send of " + SENDS + " from a plain thread stalled");
    }

    @Test
    void started_on_an_event_loop_no_session_stalls() throws Exception {
        List<String> stalls = sendAll(EventLoops.of(vertx), "event-loop");
        assertEquals(List.of(), stalls);
        assertTrue(smtp.received().stream().filter(m -> SmtpServer.subjectOf(m).startsWith("event-loop ")).count() == SENDS,
                "every email arrived");
    }

    /** Sends one email after another, each started by {@code starter}; answers the failures. */
    private static List<String> sendAll(Executor starter, String label) throws InterruptedException {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SENDS; i++) {
            MailMessage message = new MailMessage().setFrom("liaison@council.example").setTo("cllr@members.council.example")
                    .setSubject(label + " " + i).setText("Stall probe " + i);
            CompletableFuture<Void> sent = new CompletableFuture<>();
            starter.execute(() -> client.sendMail(message).onComplete(ar -> {
                if (ar.succeeded()) {
                    sent.complete(null);
                } else {
                    sent.completeExceptionally(ar.cause());
                }
            }));
            try {
                sent.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failures.add(i + ": " + e.getCause().getMessage());
            } catch (java.util.concurrent.TimeoutException e) {
                failures.add(i + ": no answer");
            }
        }
        return failures;
    }
}
