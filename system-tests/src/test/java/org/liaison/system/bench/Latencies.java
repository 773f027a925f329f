package org.liaison.system.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;

/** Durations measured one by one, and their percentiles (nearest rank: the value at or below which q of them lie). */
record Latencies(long[] sortedNanos) {

    static Latencies of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Latencies(sorted);
    }

    static Latencies of(Collection<Duration> durations) {
        return of(durations.stream().mapToLong(Duration::toNanos).toArray());
    }

    int count() {
        return sortedNanos.length;
    }

    Duration percentile(double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return Duration.ofNanos(sortedNanos[Math.max(0, rank - 1)]);
    }

    Duration p50() {
        return percentile(0.50);
    }

    Duration p99() {
        return percentile(0.99);
    }

    Duration max() {
        return Duration.ofNanos(sortedNanos[sortedNanos.length - 1]);
    }

    static String ms(Duration duration) {
        double ms = duration.toNanos() / 1e6;
        return ms < 10 ? String.format("%.1f ms", ms) : String.format("%,.0f ms", ms);
    }
}
