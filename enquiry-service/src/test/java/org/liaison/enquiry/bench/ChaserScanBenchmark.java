package org.liaison.enquiry.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.SuiteClock;

/**
 * How the chaser's scan (ENQ-8) costs with many enquiries stored: it must grow with the enquiries due, not
 * with all stored. Loads 100k and then 1M enquiries into a real PostgreSQL with the service's own migrations
 * (2,000 open and due soon or overdue, as a busy council might have; the rest answered, the history that
 * piles up year after year) and times the chaser's query at each size.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl enquiry-service exec:java@chaser-benchmark}
 * (see docs/benchmarks.md).
 */
public final class ChaserScanBenchmark {

    /** The chaser's candidate query, as Hibernate sends it. */
    static final String CHASER_QUERY = "select e.id from enquiry e where e.status in ('ASSIGNED','HOLDING_REPLY_SENT') "
            + "and e.due_at <= ? order by e.due_at";

    public static void main(String[] args) throws Exception {
        try (PostgresServer postgres = PostgresServer.embedded(null, 0)) {
            postgres.ensureDatabase("bench");
            String url = postgres.jdbcUrl("bench");
            Flyway.configure().dataSource(url, postgres.username(), postgres.password())
                    .locations("classpath:db/infrastructure", "classpath:db/migration").load().migrate();
            try (Connection db = DriverManager.getConnection(url, postgres.username(), postgres.password())) {
                Instant now = Instant.parse("2027-03-10T12:00:00Z");
                int loaded = 0;
                for (int target : new int[] {100_000, 1_000_000}) {
                    load(db, loaded, target, now);
                    loaded = target;
                    report(db, target, now);
                }
            }
        }
    }

    /** Rows from {@code from} to {@code to}: the first 2,000 open and due within the chaser's horizon, the rest closed. */
    private static void load(Connection db, int from, int to, Instant now) throws Exception {
        long started = SuiteClock.ticks();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into enquiry (id, reference, councillor_id, subject, body, service_area_code, category,
                    constituent_confidential, do_not_copy, received_at, clock_starts_at, due_at, assigned_officer_id,
                    routing_reason, status, escalation_level)
                select gen_random_uuid(), 'ENQ-BENCH-' || n, 'cllr-' || (n % 60), 'Subject ' || n, 'Body of enquiry ' || n,
                    'SA' || (n % 12), 'WARD_ISSUE', false, false,
                    ?::timestamptz - make_interval(days => (n % 1000)), ?::timestamptz - make_interval(days => (n % 1000)),
                    case when n <= 2000 then ?::timestamptz + make_interval(hours => (n % 200) - 150)
                         else ?::timestamptz - make_interval(days => (n % 1000) - 7) end,
                    'officer-' || (n % 62), 'bench',
                    case when n <= 2000 then 'ASSIGNED' else 'CLOSED' end, 0
                from generate_series(?, ?) as n""")) {
            Timestamp t = Timestamp.from(now);
            insert.setTimestamp(1, t);
            insert.setTimestamp(2, t);
            insert.setTimestamp(3, t);
            insert.setTimestamp(4, t);
            insert.setInt(5, from + 1);
            insert.setInt(6, to);
            insert.executeUpdate();
        }
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze enquiry");
        }
        System.out.printf("loaded %,d enquiries in %.1f s%n", to, SuiteClock.since(started).toNanos() / 1e9);
    }

    private static void report(Connection db, int stored, Instant now) throws Exception {
        Timestamp horizon = Timestamp.from(now.plusSeconds(15L * 24 * 3600));
        int candidates = 0;
        List<Double> millis = new ArrayList<>();
        for (int run = 0; run < 25; run++) {
            long started = SuiteClock.ticks();
            try (PreparedStatement query = db.prepareStatement(CHASER_QUERY)) {
                query.setTimestamp(1, horizon);
                try (ResultSet rows = query.executeQuery()) {
                    candidates = 0;
                    while (rows.next()) {
                        candidates++;
                    }
                }
            }
            millis.add(SuiteClock.since(started).toNanos() / 1e6);
        }
        Collections.sort(millis);
        StringBuilder plan = new StringBuilder();
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, buffers) " + CHASER_QUERY)) {
            explain.setTimestamp(1, horizon);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append("    ").append(rows.getString(1)).append('\n');
                }
            }
        }
        System.out.printf("stored %,d | candidates %,d | chaser query median %.2f ms, p90 %.2f ms (25 runs)%n%s",
                stored, candidates, millis.get(12), millis.get(22), plan);
    }
}
