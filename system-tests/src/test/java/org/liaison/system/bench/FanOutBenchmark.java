package org.liaison.system.bench;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.OidcServer;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.ServiceProcess;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.SuiteClock;
import org.liaison.embedded.SuiteServices;
import org.liaison.events.directory.CouncillorRecord;

/**
 * HUB-2 fan-out: how fast ward-notify-service gets one matter's invitations to 2,000 councillors out, against what a
 * plain Jakarta Mail loop manages on the same machine and SMTP server.
 *
 * <p>Anchor: one SMTP connection, {@value #EMAILS} multipart (text + HTML) messages of a Liaison meeting notice's size,
 * until the server holds them all. Hub: one PUBLIC_MEETING matter registered ({@code POST /matters}) for a ward with
 * {@value #EMAILS} active councillors in ward-notify's directory replica, until the server holds every invitation. The
 * anchor runs before and after each hub run, so the machine's state is bracketed; the ratio is the hub against the mean
 * of the two anchors around it. Loading the directory is not timed.
 *
 * <p>Run: {@code ./mvnw -B -q install -DskipTests && ./mvnw -B -q -pl system-tests test-compile exec:java@fanout-benchmark}
 * (see docs/benchmarks.md). {@code -Dfanout.connections=4,8} (the default) runs the hub once per value of
 * {@code liaison.delivery.connections}, restarting the service for each.
 */
public final class FanOutBenchmark {

    static final int EMAILS = 2_000;
    private static final int ANCHOR_WARM_UP = EMAILS;
    /**
     * Matters sent one after another by each hub instance ({@code -Dfanout.rounds}). The first runs on a JVM that has only
     * started, compiling as it goes; the later ones on one as warm as the anchor's after its warm-up round, as a hub is
     * after its first hour in production.
     */
    static final int HUB_ROUNDS = Integer.getInteger("fanout.rounds", 2);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration RUN_WITHIN = Duration.ofMinutes(15);
    private static final String NOTIFY = "notify";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One timed run. */
    record Run(String what, int emails, Duration took) {
        double perSecond() {
            return emails / (took.toNanos() / 1e9);
        }
    }

    /** One hub run and the service instance it ran on. */
    record HubRun(int connections, Run run, Duration postAnswered, Duration firstEmail, Duration started,
            long rssAfterStartKb, long rssAfterRunKb, int emailBytes, String rows) {
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(System.getProperty("liaison.repository", ".")).toRealPath();
        Path logs = repository.resolve("system-tests/target/fanout-benchmark");
        Files.createDirectories(logs);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path log : old.filter(p -> p.toString().endsWith(".log")).toList()) {
                Files.delete(log);
            }
        }
        List<Integer> connectionCounts = Arrays.stream(System.getProperty("fanout.connections", "4,8").split(","))
                .map(String::strip).map(Integer::valueOf).toList();
        String mintedBy = DevTokens.mint("ms-officer-1", "members-services");
        PackagedApps packaged = PackagedApps.of(repository, List.of("ward-notify-service"));
        System.out.printf("as packaged: %s%n", packaged);

        try (PostgresServer postgres = PostgresServer.forTests();
                KafkaBroker kafka = KafkaBroker.forTests();
                SmtpServer smtp = SmtpServer.start();
                OidcServer oidc = OidcServer.forTests()) { // closed here: under exec:java its shutdown hook does not stop it
            kafka.createSuiteTopics();
            SuiteServices.Infrastructure infrastructure = new SuiteServices.Infrastructure(postgres, kafka.bootstrapServers(),
                    smtp.host(), smtp.port(), oidc.issuer());
            System.out.printf("infrastructure up; service logs in %s%n", logs);

            List<Run> anchors = new ArrayList<>();
            List<HubRun> hubs = new ArrayList<>();
            String ward = null;
            for (int connections : connectionCounts) {
                packaged.unchanged();
                long starting = SuiteClock.ticks();
                try (ServiceProcess notify = SuiteServices.startInstance(repository, infrastructure, SuiteServices.ALL.get(2),
                        "ward-notify-service-" + connections + "c", NOTIFY,
                        environment(connections), logs, Duration.ofMinutes(3))) {
                    Duration started = SuiteClock.since(starting);
                    long rssAfterStart = rssKb(notify);
                    System.out.printf("ward-notify-service (%d connections) ready in %.1f s, RSS %,d KiB%n", connections,
                            started.toNanos() / 1e9, rssAfterStart);
                    if (ward == null) {
                        ward = loadDirectory(kafka.bootstrapServers(), postgres);
                        warmUpAnchor(smtp);
                        anchors.add(anchor(smtp, "anchor (before)"));
                    }
                    for (int round = 1; round <= HUB_ROUNDS; round++) {
                        hubs.add(hub(smtp, postgres, notify, ward, connections, round, mintedBy, started, rssAfterStart,
                                packaged::unchanged));
                        packaged.unchanged();
                        anchors.add(anchor(smtp, "anchor (after " + hubs.get(hubs.size() - 1).run().what() + ")"));
                    }
                }
            }
            report(anchors, hubs);
        }
    }

    /**
     * The hub's settings for one run: its connections, and whatever {@code -Dfanout.env=NAME=value,...} adds (for
     * example {@code LIAISON_DELIVERY_BATCH_SIZE=200}).
     */
    private static Map<String, String> environment(int connections) {
        Map<String, String> environment = new java.util.LinkedHashMap<>();
        environment.put("LIAISON_DELIVERY_CONNECTIONS", String.valueOf(connections));
        for (String setting : System.getProperty("fanout.env", "").split(",")) {
            if (!setting.isBlank()) {
                environment.put(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
            }
        }
        System.out.printf("ward-notify-service settings: %s%n", environment);
        return environment;
    }

    // ---- the directory: one ward, 2,000 active councillors (not timed) -----------------------------------------

    static String loadDirectory(String kafka, PostgresServer postgres) throws Exception {
        long loading = SuiteClock.ticks();
        DirectoryFixture directory = new DirectoryFixture(kafka); // no replica to wait on per record: counted below
        String ward = directory.ward("Fan-out ward");
        String run = UUID.randomUUID().toString().substring(0, 6);
        ExecutorService publishers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < EMAILS; i++) {
                String name = String.format("Councillor %04d", i);
                String email = String.format("cllr-%04d-%s@members.council.example", i, run);
                sent.add(publishers.submit(() -> directory.publish(new CouncillorRecord(UUID.randomUUID().toString(), name,
                        email, null, List.of(ward), List.of(), null, null, "EMAIL", "ACTIVE"))));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            publishers.shutdownNow();
        }
        await().alias("ward-notify's replica holds ward " + ward + " and its " + EMAILS + " councillors")
                .atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(500))
                .until(() -> count(postgres, "select count(*) from ward_replica where code = ?", ward) == 1
                        && count(postgres, """
                                select count(*) from councillor_replica c join councillor_replica_ward w on w.councillor_id = c.id
                                where w.ward_code = ? and c.status = 'ACTIVE'""", ward) == EMAILS);
        System.out.printf("directory replica: ward %s with %,d active councillors (loaded in %.1f s, not timed)%n", ward,
                EMAILS, SuiteClock.since(loading).toNanos() / 1e9);
        return ward;
    }

    // ---- the anchor: a plain Jakarta Mail loop on one connection -----------------------------------------------

    static void warmUpAnchor(SmtpServer smtp) throws Exception {
        send(smtp, "Warm-up " + UUID.randomUUID(), ANCHOR_WARM_UP);
        smtp.purge();
    }

    static Run anchor(SmtpServer smtp, String what) throws Exception {
        smtp.purge();
        String title = "Anchor " + UUID.randomUUID();
        long started = SuiteClock.ticks();
        send(smtp, title, EMAILS);
        awaitReceived(smtp, title, EMAILS, null, started, () -> { });
        Run run = new Run(what, EMAILS, SuiteClock.since(started));
        System.out.printf("%s: %,d emails in %.2f s = %.0f emails/s (%,d bytes each)%n", what, EMAILS,
                run.took().toNanos() / 1e9, run.perSecond(), size(anchorMessage(smtpSession(smtp), title, 0)));
        smtp.purge();
        return run;
    }

    private static void send(SmtpServer smtp, String title, int emails) throws Exception {
        Session session = smtpSession(smtp);
        Transport transport = session.getTransport("smtp");
        transport.connect();
        try {
            for (int i = 0; i < emails; i++) {
                MimeMessage message = anchorMessage(session, title, i);
                transport.sendMessage(message, message.getAllRecipients());
            }
        } finally {
            transport.close();
        }
    }

    private static Session smtpSession(SmtpServer smtp) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        return Session.getInstance(properties);
    }

    /** About the size of a Liaison meeting notice: a text part and an HTML part, ~3.5 KB in all. */
    static MimeMessage anchorMessage(Session session, String title, int i) throws MessagingException, IOException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("liaison@council.example", "Liaison"));
        message.setRecipient(Message.RecipientType.TO,
                new InternetAddress(String.format("anchor-%04d@members.council.example", i), String.format("Councillor %04d", i)));
        message.setSubject("Public meeting in your ward: " + title, "UTF-8");
        message.setHeader("Auto-Submitted", "auto-generated");
        String greeting = String.format("Dear Councillor %04d,", i);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(greeting + "\n\n" + String.join("\n\n", NOTICE) + "\n\nMembers' Services\n", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        StringBuilder body = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>Public meeting</title>"
                + "</head><body style=\"font-family:Arial,sans-serif;font-size:15px;color:#1d1d1b\">"
                + "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td style=\"padding:24px\">");
        body.append("<h1 style=\"font-size:20px\">Public meeting in your ward</h1><p>").append(greeting).append("</p>");
        for (String paragraph : NOTICE) {
            body.append("<p style=\"margin:0 0 12px 0\">").append(paragraph).append("</p>");
        }
        body.append("<p>Members' Services</p></td></tr></table></body></html>");
        html.setContent(body.toString(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static final List<String> NOTICE = List.of(
            "A public meeting affecting your ward (E05000001) has been arranged. Under the Member/Officer protocol you are "
                    + "told of it at the outset, with as much notice as possible.",
            "What: Public meeting on the future of the Riverside library and community hub. When: Thursday 1 April 2027, "
                    + "19:00 to 20:00. Where: Riverside Community Centre, Main Hall, 12 Mill Lane.",
            "Officers from Libraries and Culture will present the options consulted on last autumn and answer questions "
                    + "from residents. Ward councillors are welcome to attend and to speak; please let Members' Services know "
                    + "if you intend to.",
            "The attached calendar invitation adds the meeting to your diary. If the meeting changes you will receive an "
                    + "update that replaces this invitation; if it is cancelled, a cancellation that removes it.");

    // ---- the hub: one matter, every councillor of the ward -----------------------------------------------------

    /** One matter to every councillor of {@code ward}, until the server holds them all; {@code stillValid} is checked meanwhile. */
    static HubRun hub(SmtpServer smtp, PostgresServer postgres, ServiceProcess notify, String ward, int connections,
            int round, String token, Duration started, long rssAfterStart, Check stillValid) throws Exception {
        smtp.purge();
        String title = "Fan-out benchmark " + UUID.randomUUID().toString().substring(0, 8);
        String body = JSON.writeValueAsString(Map.of("kind", "PUBLIC_MEETING", "title", title,
                "startsAt", "2027-04-01T18:00:00Z", "endsAt", "2027-04-01T19:00:00Z", "wardCodes", List.of(ward)));
        HttpRequest post = HttpRequest.newBuilder(URI.create(notify.baseUrl() + "/matters"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        AtomicReference<Duration> firstEmail = new AtomicReference<>();
        long posted = SuiteClock.ticks();
        HttpResponse<String> answer = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        Duration postAnswered = SuiteClock.since(posted);
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("POST /matters answered " + answer.statusCode() + ": " + answer.body());
        }
        awaitReceived(smtp, title, EMAILS, firstEmail, posted, () -> {
            if (!notify.isAlive()) {
                throw new IllegalStateException(notify.name() + " exited; see " + notify.logFile());
            }
            stillValid.run();
        });
        Run run = new Run("hub, " + connections + " connections, " + (round == 1 ? "first matter after start" : "matter " + round),
                EMAILS, SuiteClock.since(posted));
        long rssAfterRun = rssKb(notify);
        String matterId = JSON.readTree(answer.body()).path("id").asText();
        MimeMessage sample = smtp.received().stream().filter(m -> SmtpServer.subjectOf(m).contains(title)).findFirst().orElseThrow();
        HubRun hub = new HubRun(connections, run, postAnswered, firstEmail.get(), started, rssAfterStart, rssAfterRun,
                size(sample), rows(postgres, matterId));
        System.out.printf("%s: %,d emails in %.2f s = %.0f emails/s (POST answered in %.2f s, first email at %.2f s, "
                        + "%,d bytes each); RSS %,d KiB%n  %s%n", run.what(), EMAILS, run.took().toNanos() / 1e9, run.perSecond(),
                postAnswered.toNanos() / 1e9, hub.firstEmail().toNanos() / 1e9, hub.emailBytes(), rssAfterRun, hub.rows());
        smtp.purge();
        return hub;
    }

    /**
     * What ward-notify's own table says about the matter's emails: when they were queued and recorded SENT, and the
     * delivery batches by their claim times ({@code last_claimed_at}, set once per batch after its emails are composed):
     * how long a batch spends with the relay (claim to its last SENT), and how long the relay waits for the next batch
     * (last SENT to the next claim: claiming and composing it).
     */
    private static String rows(PostgresServer postgres, String matterId) throws SQLException {
        record Row(Instant created, Instant sent, Instant claimed) {
        }
        List<Row> rows = new ArrayList<>();
        int retried = 0;
        int notSent = 0;
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(NOTIFY), postgres.username(), postgres.password());
                PreparedStatement query = db.prepareStatement(
                        "select created_at, sent_at, last_claimed_at, status, attempts from notification where matter_id = ?::uuid")) {
            query.setString(1, matterId);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(instant(result, 1), instant(result, 2), instant(result, 3)));
                    notSent += "SENT".equals(result.getString(4)) ? 0 : 1;
                    retried += result.getInt(5) > 1 ? 1 : 0;
                }
            }
        }
        Instant firstQueued = rows.stream().map(Row::created).min(Instant::compareTo).orElseThrow();
        Instant lastQueued = rows.stream().map(Row::created).max(Instant::compareTo).orElseThrow();
        List<Instant> sent = rows.stream().map(Row::sent).filter(java.util.Objects::nonNull).sorted().toList();
        // one batch: the rows claimed within a few milliseconds of each other (one update statement)
        List<Row> claimed = rows.stream().filter(r -> r.claimed() != null && r.sent() != null)
                .sorted(java.util.Comparator.comparing(Row::claimed)).toList();
        List<List<Row>> batches = new ArrayList<>();
        for (Row row : claimed) {
            if (batches.isEmpty() || Duration.between(batches.get(batches.size() - 1).get(0).claimed(), row.claimed()).toMillis() > 20) {
                batches.add(new ArrayList<>());
            }
            batches.get(batches.size() - 1).add(row);
        }
        List<Long> withRelay = new ArrayList<>();
        List<Long> between = new ArrayList<>();
        for (int i = 0; i < batches.size(); i++) {
            Instant lastSent = batches.get(i).stream().map(Row::sent).max(Instant::compareTo).orElseThrow();
            withRelay.add(Duration.between(batches.get(i).get(0).claimed(), lastSent).toMillis());
            if (i + 1 < batches.size()) {
                between.add(Duration.between(lastSent, batches.get(i + 1).get(0).claimed()).toMillis());
            }
        }
        return String.format("notification rows: %,d (%d not SENT, %d tried more than once); all queued within %,d ms; "
                        + "first SENT %,d ms after the first was queued, last SENT %,d ms after the first SENT; "
                        + "%d delivery batches of up to %d: claim to last SENT median %s ms, last SENT to next claim median %s ms",
                rows.size(), notSent, retried, Duration.between(firstQueued, lastQueued).toMillis(),
                sent.isEmpty() ? 0 : Duration.between(firstQueued, sent.get(0)).toMillis(),
                sent.isEmpty() ? 0 : Duration.between(sent.get(0), sent.get(sent.size() - 1)).toMillis(),
                batches.size(), batches.stream().mapToInt(List::size).max().orElse(0), median(withRelay), median(between));
    }

    private static String median(List<Long> values) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) + " (" + sorted.get(0) + "–" + sorted.get(sorted.size() - 1) + ")";
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    // ---- measuring ---------------------------------------------------------------------------------------------

    /** Waits until the server holds {@code emails} messages whose subject contains {@code title}. */
    private static void awaitReceived(SmtpServer smtp, String title, int emails, AtomicReference<Duration> first, long since,
            Check stillValid) {
        await().alias(emails + " emails about " + title).atMost(RUN_WITHIN).pollInterval(POLL).until(() -> {
            stillValid.run();
            long received = smtp.received().stream().filter(m -> SmtpServer.subjectOf(m).contains(title)).count();
            if (first != null && received > 0 && first.get() == null) {
                first.set(SuiteClock.since(since));
            }
            return received >= emails;
        });
    }

    /** Throws if the run can no longer give a valid figure. */
    interface Check {
        void run() throws Exception;
    }

    /** The resident set of the service's process, from {@code /proc/<pid>/status}. */
    static long rssKb(ServiceProcess service) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(service.pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int size(MimeMessage message) throws IOException, MessagingException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.size();
    }

    private static long count(PostgresServer postgres, String sql, String parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(NOTIFY), postgres.username(), postgres.password());
                PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    static void report(List<Run> anchors, List<HubRun> hubs) {
        StringBuilder table = new StringBuilder("\n| run | emails | time | emails/s | hub / anchors around it |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (int i = 0; i < anchors.size(); i++) {
            row(table, anchors.get(i), "");
            if (i < hubs.size()) {
                HubRun hub = hubs.get(i);
                double around = (anchors.get(i).perSecond() + anchors.get(i + 1).perSecond()) / 2;
                row(table, hub.run(), String.format("%.2f×", hub.run().perSecond() / around));
            }
        }
        table.append("\n| ward-notify-service | ready in | RSS after start | RSS after the run | POST answered | first email |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (HubRun hub : hubs) {
            table.append(String.format("| %s | %.1f s | %,d MiB | %,d MiB | %.2f s | %.2f s |%n", hub.run().what(),
                    hub.started().toNanos() / 1e9, hub.rssAfterStartKb() / 1024, hub.rssAfterRunKb() / 1024,
                    hub.postAnswered().toNanos() / 1e9, hub.firstEmail().toNanos() / 1e9));
        }
        for (HubRun hub : hubs) {
            table.append(String.format("%nratio %s / anchor: %.2f× (target ≥ 0.5×)", hub.run().what(),
                    hub.run().perSecond() / ((anchors.get(hubs.indexOf(hub)).perSecond()
                            + anchors.get(hubs.indexOf(hub) + 1).perSecond()) / 2)));
        }
        System.out.println(table);
    }

    private static void row(StringBuilder table, Run run, String ratio) {
        table.append(String.format("| %s | %,d | %.2f s | %.0f | %s |%n", run.what(), run.emails(), run.took().toNanos() / 1e9,
                run.perSecond(), ratio));
    }
}
