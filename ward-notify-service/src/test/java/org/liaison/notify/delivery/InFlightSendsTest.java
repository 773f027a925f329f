package org.liaison.notify.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** HUB-1: however many emails a batch has, at most {@code connections} can be accepted and not yet recorded. */
class InFlightSendsTest {

    private static final Clock STOPPED = Clock.fixed(Instant.parse("2027-03-10T10:15:00Z"), ZoneOffset.UTC);

    /** A second passes each time it is read: renewals fall due without the test waiting for them. */
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2027-03-10T10:15:00Z");

        @Override
        public Instant instant() {
            now = now.plusSeconds(1);
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static final UUID CLAIM = UUID.randomUUID();

    private final List<List<InFlightSends.Answer>> recorded = new ArrayList<>();
    private final List<CompletableFuture<SmtpSender.Outcome>> relay = new ArrayList<>();

    @Test
    @Tag("HUB-1")
    void HUB_1_an_email_holds_its_connection_until_its_answer_is_recorded_and_answers_are_recorded_together() {
        InFlightSends inFlight = new InFlightSends(2, answers -> recorded.add(List.copyOf(answers)), STOPPED, Duration.ofHours(1), () -> true);
        int sent = 0;
        int mostUnrecorded = 0;
        for (int i = 0; i < 7; i++) {
            if (relay.size() == 2) { // the relay answers the two it has, before the dispatcher asks for a third place
                relay.forEach(answer -> answer.complete(new SmtpSender.Outcome.Accepted()));
                relay.clear();
            }
            assertTrue(inFlight.awaitConnection());
            inFlight.send(UUID.randomUUID(), "notice", CLAIM, relayAnswer());
            sent++;
            mostUnrecorded = Math.max(mostUnrecorded, sent - recordedCount());
        }
        relay.forEach(answer -> answer.complete(new SmtpSender.Outcome.Deferred("421 try later")));
        inFlight.awaitAll();

        assertEquals(2, mostUnrecorded, "accepted but not yet recorded, at most");
        assertEquals(7, recordedCount(), "every answer recorded once");
        assertTrue(recorded.size() < 7, "answers recorded together: " + recorded);
        assertTrue(recorded.stream().allMatch(group -> group.size() <= 2), "no group beyond the connections: " + recorded);
        assertTrue(recorded.get(recorded.size() - 1).stream()
                .allMatch(answer -> answer.outcome() instanceof SmtpSender.Outcome.Deferred), "the last answers: " + recorded);
        assertTrue(inFlight.allRecorded());
    }

    @Test
    @Tag("HUB-1")
    void HUB_1_once_answers_cannot_be_recorded_nothing_more_of_the_batch_is_sent() {
        InFlightSends inFlight = new InFlightSends(2, answers -> false, STOPPED, Duration.ofHours(1), () -> true); // the database went away
        inFlight.send(UUID.randomUUID(), "notice", CLAIM, Uni.createFrom().item(new SmtpSender.Outcome.Accepted()));
        inFlight.send(UUID.randomUUID(), "notice", CLAIM, Uni.createFrom().failure(new IllegalStateException("connection reset")));

        assertFalse(inFlight.awaitConnection(), "no place for a third email");
        inFlight.awaitAll();
        assertFalse(inFlight.allRecorded());
    }

    @Test
    @Tag("HUB-1")
    @Timeout(30) // without renewals while waiting, the wait below would never end
    void HUB_1_while_the_relay_is_slow_the_claim_is_renewed_so_no_other_batch_takes_the_emails() {
        int[] renewals = {0};
        InFlightSends inFlight = new InFlightSends(1, answers -> recorded.add(List.copyOf(answers)), new Ticking(), Duration.ofSeconds(1), () -> {
            if (++renewals[0] == 3) { // the relay answers only after the claim was renewed three times
                relay.forEach(answer -> answer.complete(new SmtpSender.Outcome.Accepted()));
            }
            return true;
        });
        inFlight.send(UUID.randomUUID(), "notice", CLAIM, relayAnswer());
        inFlight.awaitAll();

        assertTrue(renewals[0] >= 3, "renewed while waiting: " + renewals[0]);
        assertEquals(1, recordedCount());
    }

    @Test
    @Tag("HUB-1")
    void HUB_1_a_claim_that_cannot_be_renewed_stops_the_batch() {
        InFlightSends inFlight = new InFlightSends(1, answers -> recorded.add(List.copyOf(answers)), new Ticking(), Duration.ofSeconds(1), () -> false);

        assertFalse(inFlight.awaitConnection(), "the database is away: nothing more is sent");
    }

    @Test
    @Tag("HUB-1")
    @Timeout(30) // a wait that did not return when nothing is with the relay would take the hour asked for
    void HUB_1_answers_of_two_batches_are_recorded_under_their_own_claims_while_the_next_batch_is_claimed() {
        InFlightSends inFlight = new InFlightSends(4, answers -> recorded.add(List.copyOf(answers)), STOPPED, Duration.ofHours(1), () -> true);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        inFlight.recordArrivedWithin(Duration.ofHours(1)); // nothing with the relay: returns at once
        inFlight.send(UUID.randomUUID(), "notice", first, relayAnswer());
        inFlight.send(UUID.randomUUID(), "notice", first, relayAnswer());
        relay.get(0).complete(new SmtpSender.Outcome.Accepted());

        inFlight.recordArrivedWithin(Duration.ofHours(1)); // the next batch is being claimed: what came is recorded
        assertEquals(1, recordedCount());
        assertEquals(1, inFlight.sending(), "one of the first batch still with the relay");

        inFlight.send(UUID.randomUUID(), "notice", second, relayAnswer());
        relay.get(1).complete(new SmtpSender.Outcome.Deferred("421 try later"));
        relay.get(2).complete(new SmtpSender.Outcome.Accepted());
        inFlight.awaitAll();

        assertEquals(3, recordedCount());
        assertEquals(0, inFlight.sending());
        assertEquals(List.of(first, first, second), recorded.stream().flatMap(List::stream).map(InFlightSends.Answer::claim).toList(),
                "each answer under the claim its email was sent with");
    }

    private Uni<SmtpSender.Outcome> relayAnswer() {
        CompletableFuture<SmtpSender.Outcome> answer = new CompletableFuture<>();
        relay.add(answer);
        return Uni.createFrom().completionStage(answer);
    }

    private int recordedCount() {
        return recorded.stream().mapToInt(List::size).sum();
    }
}
