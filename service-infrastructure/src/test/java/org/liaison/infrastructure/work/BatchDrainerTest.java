package org.liaison.infrastructure.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drain works through full batches and then finishes what its batches left running, once, whatever happened. */
class BatchDrainerTest {

    private final List<String> happened = new ArrayList<>();

    @Test
    void a_drain_goes_on_while_full_batches_come_back_and_then_finishes_once() {
        int[] batches = {3};
        BatchDrainer drainer = new BatchDrainer("test", () -> {
            happened.add("batch");
            return --batches[0] > 0;
        }, () -> happened.add("drained"));

        drainer.drainNow();

        assertEquals(List.of("batch", "batch", "batch", "drained"), happened);
    }

    @Test
    void a_drain_whose_batch_fails_still_finishes_and_the_next_drain_runs() {
        boolean[] fail = {true};
        BatchDrainer drainer = new BatchDrainer("test", () -> {
            happened.add("batch");
            if (fail[0]) {
                fail[0] = false;
                throw new IllegalStateException("the database went away");
            }
            return false;
        }, () -> happened.add("drained"));

        drainer.drainNow();
        drainer.drainNow();

        assertEquals(List.of("batch", "drained", "batch", "drained"), happened);
    }

    @Test
    void after_shutdown_no_batch_starts() {
        BatchDrainer drainer = new BatchDrainer("test", () -> {
            happened.add("batch");
            return false;
        }, () -> happened.add("drained"));
        drainer.shutdown();

        drainer.drainNow();

        assertEquals(List.of(), happened);
    }
}
