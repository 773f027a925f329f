package org.liaison.notify.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.liaison.infrastructure.work.BatchDrainer;

/**
 * Sends queued email through SMTP and records the outcome (HUB-2): SENT with the Message-ID; RETRYING with
 * exponential backoff when the relay defers it (4xx, no connection); FAILED at once when the relay refuses it for
 * good (5xx) or after the configured attempts. State lives in PostgreSQL, so a restart or an SMTP outage delays mail
 * and loses none. Rows are claimed with SKIP LOCKED and a lease, so several instances never send the same email, and
 * no transaction is open while the relay is spoken to.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    /** Source-event prefix of the alerts about undelivered email (HUB-2). */
    static final String UNDELIVERED = "undelivered:";

    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Clock clock;
    private final DeliverySettings settings;
    private final ObjectMapper objectMapper;
    private final QuietHours quietHours;
    private final NotificationQueue queue;
    private final io.micrometer.core.instrument.MeterRegistry meters;
    private final SmtpSender sender;
    /** Template name → the composer that writes it. */
    private final Map<String, MailComposer> composers;
    /** HUB-2: the per-notification envelope sender, when a bounce mailbox is configured. */
    private final Optional<BounceReader> bounces;
    private final BatchDrainer drainer = new BatchDrainer("mail-delivery", this::deliverBatch, this::finishDrain);
    /** Claims and composes the next batches while the one before them is with the relay. */
    private final ExecutorService composer;
    /** The claims this instance works on (sending, or composed and waiting), renewed together while they last. */
    private final Set<UUID> held = ConcurrentHashMap.newKeySet();
    // the state of one drain, kept from batch to batch on the drainer's thread (BatchDrainer runs one drain at a time)
    /** The emails with the relay, from this batch and the tail of the one before. */
    private InFlightSends inFlight;
    /** The next batches, being claimed and composed, in the order they were asked for. */
    private final ArrayDeque<Future<Claim>> ahead = new ArrayDeque<>();

    MailDispatcher(EntityManager entityManager, DataSource dataSource, SmtpSender sender, Clock clock, DeliverySettings settings,
            ObjectMapper objectMapper, QuietHours quietHours,
            NotificationQueue queue, io.micrometer.core.instrument.MeterRegistry meters, BounceSettings bounceSettings,
            jakarta.enterprise.inject.Instance<MailComposer> composers) {
        Map<String, MailComposer> byTemplate = new HashMap<>();
        for (MailComposer composer : composers) {
            for (String template : composer.templates()) {
                if (byTemplate.put(template, composer) != null) {
                    throw new IllegalStateException("Two composers for template " + template);
                }
            }
        }
        this.composers = Map.copyOf(byTemplate);
        this.bounces = bounceSettings.address().map(BounceReader::new);
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.queue = queue;
        this.quietHours = quietHours;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.sender = sender;
        this.clock = clock;
        this.settings = settings;
        if (settings.batchesAhead() < 1) {
            throw new IllegalStateException("liaison.delivery.batches-ahead is " + settings.batchesAhead()
                    + "; it must be at least 1 (the batch after the one with the relay)");
        }
        AtomicInteger threads = new AtomicInteger();
        this.composer = Executors.newFixedThreadPool(settings.batchesAhead(), task -> {
            Thread thread = new Thread(task, "mail-compose-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationQueue.MailQueued queued) {
        drainer.drainSoon();
    }

    @Scheduled(every = "${liaison.delivery.poll-every:10s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        deliverDue();
    }

    /** Sends everything due now, on the calling thread (unless delivery is already running here). */
    public void deliverDue() {
        drainer.drainNow();
    }

    /** At the start of shutdown, before the database goes: no new batch (one running finishes). */
    void stop(@Observes io.quarkus.runtime.ShutdownEvent shutdown) {
        drainer.shutdown();
        composer.shutdown();
    }

    @PreDestroy
    void destroy() {
        drainer.shutdown();
        composer.shutdown();
    }

    /**
     * One batch: claim due emails and compose them (a short transaction), hand them to the relay concurrently with no
     * transaction or row lock held, and record the answers as they come, together (a short transaction for all that
     * have arrived). While a batch is with the relay the next ones ({@code liaison.delivery.batches-ahead}) are claimed
     * and composed on other threads, and their first emails go out while the last answers of this one are still coming:
     * the relay is not left waiting for the database or the templates. The answers still outstanding when the queue is empty are awaited at the end of the drain
     * ({@link #finishDrain}).
     *
     * <p>A claim lasts {@code liaison.delivery.claim-lease} on the database's clock and is renewed while this instance
     * works on it; an instance that dies between claim and record leaves its emails to be claimed again once it has
     * passed. Only an email the relay accepted in that window (at most {@code liaison.delivery.connections} of them, see
     * {@link InFlightSends}) is sent twice, with the same Message-ID (HUB-1). True if another batch may be waiting.
     */
    private boolean deliverBatch() {
        if (inFlight == null) {
            inFlight = new InFlightSends(settings.connections(), this::recordOrLeaveClaimed, clock,
                    settings.claimLease().dividedBy(3), this::renewClaims);
        }
        Claim claim = ahead.isEmpty() ? claimNow() : awaitNext(ahead.poll());
        while (claim.more() && ahead.size() < settings.batchesAhead()) {
            Future<Claim> next = claimAhead();
            if (next == null) {
                break;
            }
            ahead.add(next);
        }
        if (claim.emails().isEmpty()) {
            return claim.more() || !ahead.isEmpty();
        }
        for (Composed email : claim.emails()) {
            // once answers cannot be recorded (the database went away), the rest of the batch is not sent: it waits,
            // claimed, for its claim to run out, so no more than the emails already in flight can go twice
            if (!inFlight.awaitConnection()) {
                return false;
            }
            inFlight.send(email.id(), email.template(), claim.token(), email.mail() == null
                    ? Uni.createFrom().item(new SmtpSender.Outcome.Refused(email.composeError()))
                    : sender.send(email.mail()));
        }
        return (claim.more() || !ahead.isEmpty()) && inFlight.allRecorded();
    }

    /**
     * The end of a drain: every answer still outstanding is awaited and recorded, and a batch claimed ahead but not
     * sent (the drain stopped) is released for the next drain or another instance.
     */
    private void finishDrain() {
        try {
            while (!ahead.isEmpty()) {
                try {
                    releaseUnsent(ahead.poll().get());
                } catch (ExecutionException e) {
                    LOG.warnf("A batch claimed ahead could not be claimed: %s", e.getCause().toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (inFlight != null) {
                inFlight.awaitAll();
            }
        } finally {
            inFlight = null;
            held.clear(); // what is still claimed now is left to run out
        }
    }

    private Claim claimNow() {
        Claim claim = QuarkusTransaction.requiringNew().call(this::claim);
        if (!claim.emails().isEmpty()) {
            held.add(claim.token()); // once committed: a renewal before that would find none of its rows and drop it
        }
        return claim;
    }

    /** A next batch, claimed and composed on a composer's thread; null if those have stopped (shutdown). */
    private Future<Claim> claimAhead() {
        try {
            return composer.submit(this::claimNow);
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Waits for a batch claimed ahead, recording the answers that come meanwhile. */
    private Claim awaitNext(Future<Claim> next) {
        while (!next.isDone()) {
            inFlight.recordArrivedWithin(Duration.ofMillis(5));
            if (inFlight.sending() == 0) {
                break; // nothing to record: just wait
            }
        }
        try {
            return next.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the next batch was claimed", e);
        }
    }

    /** A batch claimed ahead and never sent goes back to the queue as it was. */
    private void releaseUnsent(Claim unsent) {
        if (unsent.emails().isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    update notification set claim_token = null, claimed_until = null, attempts = attempts - 1
                    where claim_token = :token""")
                    .setParameter("token", unsent.token())
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("A batch claimed ahead could not be released; its emails wait for the claim to run out: %s", e.toString());
        }
    }

    /** Emails claimed for one batch, composed; {@code more} if the batch was full. */
    private record Claim(UUID token, List<Composed> emails, boolean more) {
    }

    /** A claimed email, or why it could not be composed. */
    private record Composed(UUID id, String template, Mail mail, String composeError) {
    }

    private Claim claim() {
        int limit = settings.batchSize();
        Optional<Integer> allowed = settings.maxPerWindow();
        if (allowed.isPresent()) {
            // one claimer at a time across instances while a rate limit applies, so the count below stays true
            entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('notification-rate-limit'))").getSingleResult();
            long recent = ((Number) entityManager.createNativeQuery("""
                    select count(*) from notification where last_claimed_at > clock_timestamp() - cast(?1 as interval)""")
                    .setParameter(1, settings.rateWindow().toSeconds() + " seconds").getSingleResult()).longValue();
            limit = (int) Math.min(limit, Math.max(0, allowed.get() - recent));
            if (limit == 0) {
                return new Claim(UUID.randomUUID(), List.of(), false); // the next poll looks again
            }
        }
        @SuppressWarnings("unchecked")
        List<Notification> due = entityManager.createNativeQuery("""
                select * from notification
                where status in ('PENDING', 'RETRYING') and next_attempt_at <= ?1
                  and (claimed_until is null or claimed_until < clock_timestamp())
                order by next_attempt_at
                limit ?2
                for update skip locked""", Notification.class)
                .setParameter(1, clock.instant())
                .setParameter(2, limit)
                .getResultList();
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        Map<String, QuietHours.Hold> holds = quietHours.holdsFor(
                due.stream().map(notification -> notification.recipientId).filter(java.util.Objects::nonNull).toList(), now);
        List<Composed> emails = new ArrayList<>();
        for (Notification notification : due) {
            QuietHours.Hold hold = notification.recipientId == null ? null : holds.get(notification.recipientId);
            if (hold != null) { // HUB-3: the officer's hours changed, or a retry fell outside them
                notification.nextAttemptAt = hold.until();
                notification.heldReason = hold.reason();
                continue;
            }
            try {
                emails.add(new Composed(notification.id, notification.template,
                        compose(notification, messageIdOf(notification)), null));
            } catch (RuntimeException e) { // a template that cannot be filled will not fill on a retry either
                LOG.errorf(e, "Email %s (%s) could not be composed", notification.id, notification.template);
                emails.add(new Composed(notification.id, notification.template, null, "Could not be composed: " + e.getMessage()));
            }
        }
        if (!emails.isEmpty()) {
            // one statement for the whole batch (the held ones above are flushed before it)
            entityManager.createNativeQuery("""
                    update notification set attempts = attempts + 1, held_reason = null, claim_token = :token,
                                            claimed_until = clock_timestamp() + cast(:lease as interval),
                                            last_claimed_at = clock_timestamp()
                    where id in (:ids)""")
                    .unwrap(org.hibernate.query.NativeQuery.class)
                    .addSynchronizedEntityClass(Notification.class) // only this table's cached state is stale afterwards
                    .setParameter("token", token)
                    .setParameter("lease", settings.claimLease().toSeconds() + " seconds")
                    .setParameter("ids", emails.stream().map(Composed::id).toList())
                    .executeUpdate();
        }
        return new Claim(token, emails, due.size() == limit);
    }

    /**
     * Extends the claims this instance works on (the emails not yet answered keep their claim token); a claim whose
     * emails are all answered is dropped from the set. False if the database cannot be reached.
     */
    private boolean renewClaims() {
        List<UUID> tokens = List.copyOf(held);
        if (tokens.isEmpty()) {
            return true;
        }
        try {
            @SuppressWarnings("unchecked")
            List<UUID> renewed = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                    with renewed as (
                        update notification set claimed_until = clock_timestamp() + cast(:lease as interval)
                        where claim_token in (:tokens) returning claim_token)
                    select distinct claim_token from renewed""", UUID.class)
                    .setParameter("lease", settings.claimLease().toSeconds() + " seconds")
                    .setParameter("tokens", tokens)
                    .getResultList());
            tokens.stream().filter(token -> !renewed.contains(token)).forEach(held::remove);
            return true;
        } catch (RuntimeException e) {
            LOG.warnf("The claim on a batch could not be renewed; its emails not yet sent wait for it to run out: %s", e.toString());
            return false;
        }
    }

    /**
     * The relay's answers, as many as have come in: the accepted ones (nearly all) become SENT, a claim's worth in one
     * statement; a refusal or deferral is decided in a transaction of its own. If the answers cannot be recorded (the
     * database is away), their claim runs out and they are tried again.
     */
    private boolean recordOrLeaveClaimed(List<InFlightSends.Answer> answers) {
        Map<UUID, List<UUID>> acceptedByClaim = new LinkedHashMap<>();
        List<InFlightSends.Answer> notAccepted = new ArrayList<>();
        for (InFlightSends.Answer answer : answers) {
            if (answer.outcome() instanceof SmtpSender.Outcome.Accepted) {
                acceptedByClaim.computeIfAbsent(answer.claim(), claim -> new ArrayList<>()).add(answer.id());
            } else {
                notAccepted.add(answer);
            }
        }
        try {
            if (!acceptedByClaim.isEmpty()) {
                recordAccepted(acceptedByClaim);
                answers.stream().filter(answer -> answer.outcome() instanceof SmtpSender.Outcome.Accepted)
                        .forEach(answer -> count(answer.template(), "sent"));
            }
            if (!notAccepted.isEmpty()) {
                QuarkusTransaction.requiringNew().run(() -> {
                    notAccepted.forEach(this::recordNotAccepted);
                    notAccepted.forEach(answer -> entityManager.createNativeQuery(
                                    "update notification set claim_token = null, claimed_until = null where id = :id and claim_token = :claim")
                            .setParameter("id", answer.id())
                            .setParameter("claim", answer.claim())
                            .executeUpdate());
                });
            }
            return true;
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("The relay's answers to %d emails (%s) could not be recorded; they are sent again once their claim "
                    + "runs out: %s", answers.size(), answers.get(0).id(), e.toString());
            return false;
        }
    }

    /**
     * SENT, with its Message-ID, and released from its claim: an accepted email is SENT whatever happened to its row
     * meanwhile (it was delivered), and keeps the time it was first accepted. A sent reply's sealed body leaves the
     * queue in the same statement: the hub keeps no casework once the email has gone. Plain JDBC on a pooled connection, one
     * statement per claim and no JTA or persistence context around it: this runs after every answer the relay gives,
     * and the relay waits for it (an email keeps its connection until its answer is recorded).
     */
    private void recordAccepted(Map<UUID, List<UUID>> acceptedByClaim) throws SQLException {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement sent = connection.prepareStatement("""
                        update notification set status = 'SENT', message_id = '<' || id || '@liaison>',
                               context = case when template in ('%s', '%s')
                                   then (context::jsonb - 'sealedBody')::text else context end,
                               sent_at = case when status = 'SENT' then sent_at else ? end,
                               last_error = case when status = 'SENT' then last_error end,
                               claim_token = case when claim_token = ? then null else claim_token end,
                               claimed_until = case when claim_token = ? then null else claimed_until end
                        where id = any(?)""".formatted(Notification.ENQUIRY_REPLY, Notification.ENQUIRY_REPLY_COPY))) {
            boolean together = acceptedByClaim.size() > 1;
            if (together) {
                connection.setAutoCommit(false);
            }
            for (Map.Entry<UUID, List<UUID>> claim : acceptedByClaim.entrySet()) {
                sent.setObject(1, now);
                sent.setObject(2, claim.getKey());
                sent.setObject(3, claim.getKey());
                sent.setArray(4, connection.createArrayOf("uuid", claim.getValue().toArray()));
                sent.executeUpdate();
            }
            if (together) {
                connection.commit();
            }
        }
    }

    /** A refusal or deferral counts only while the row is still this claim's and still waiting. */
    private void recordNotAccepted(InFlightSends.Answer answer) {
        Notification notification = entityManager.find(Notification.class, answer.id(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || !answer.claim().equals(notification.claimToken)
                || (notification.status != Notification.Status.PENDING && notification.status != Notification.Status.RETRYING)) {
            return; // no longer this batch's to decide
        }
        SmtpSender.Outcome outcome = answer.outcome();
        if (outcome instanceof SmtpSender.Outcome.Refused refused) {
            fail(notification, refused.reason());
        } else if (outcome instanceof SmtpSender.Outcome.Deferred deferred) {
            notification.lastError = deferred.reason();
            if (notification.attempts >= settings.maxAttempts()) {
                fail(notification, deferred.reason());
            } else {
                notification.status = Notification.Status.RETRYING;
                count(notification.template, "retrying");
                notification.nextAttemptAt = clock.instant().plus(backoff(notification.attempts));
                LOG.warnf("Email %s to %s not accepted (attempt %d), retrying at %s: %s", notification.id,
                        notification.recipientEmail, notification.attempts, notification.nextAttemptAt,
                        notification.lastError);
            }
        }
    }

    /** FAILED: refused for good, or not accepted after the last attempt; members' services are told (HUB-2). */
    private void fail(Notification notification, String reason) {
        notification.status = Notification.Status.FAILED;
        notification.lastError = reason;
        count(notification.template, "failed");
        LOG.errorf("Email %s to %s FAILED after %d attempts: %s", notification.id, notification.recipientEmail,
                notification.attempts, reason);
        alertMembersServices(notification, "was refused or not accepted after " + notification.attempts
                + (notification.attempts == 1 ? " attempt" : " attempts") + ", and Liaison has stopped trying",
                List.of(new Notice.Fact("Last attempt", Notice.when(clock.instant())),
                        new Notice.Fact("Last error", String.valueOf(reason))));
    }

    /** The same for every attempt, so mail clients fold a copy sent again after a crash into the first (HUB-1). */
    private static String messageIdOf(Notification notification) {
        return "<" + notification.id + "@liaison>";
    }

    /** {@code liaison_emails_total{template, outcome}}: every attempt's outcome, for dashboards and alerts. */
    private void count(String template, String outcome) {
        meters.counter("liaison.emails", "template", template, "outcome", outcome).increment();
    }

    /**
     * HUB-2: a delivery report said an email the relay had accepted never reached its recipient. The email becomes
     * BOUNCED (it does not count as told) and members' services are alerted as for FAILED. A report read twice, or
     * about an email not (or no longer) SENT, changes nothing.
     */
    @Transactional
    public boolean recordBounce(BounceReader.Bounce bounce) {
        Notification notification = entityManager.find(Notification.class, bounce.notificationId(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (notification == null || notification.status != Notification.Status.SENT) {
            LOG.infof("Delivery report about email %s ignored: it is %s", bounce.notificationId(),
                    notification == null ? "unknown" : notification.status);
            return false;
        }
        notification.status = Notification.Status.BOUNCED;
        notification.bouncedAt = clock.instant();
        notification.bounceReason = bounce.reason();
        count(notification.template, "bounced");
        LOG.warnf("Email %s to %s BOUNCED: %s", notification.id, notification.recipientEmail, bounce.reason());
        alertMembersServices(notification, "bounced: the recipient's mail server returned it with a delivery report",
                List.of(new Notice.Fact("Bounced", Notice.when(notification.bouncedAt)),
                        new Notice.Fact("Reason", bounce.reason())));
        return true;
    }

    /**
     * HUB-2: members' services send an undelivered email again, to the address the directory now has for its
     * recipient. Only a FAILED or BOUNCED email can be resent; it keeps its identity (HUB-1) and starts afresh.
     */
    @Transactional
    public Notification resend(UUID id) {
        Notification notification = entityManager.find(Notification.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (notification == null) {
            throw org.liaison.infrastructure.problem.ProblemException.notFound("There is no email with id " + id + ".");
        }
        if (notification.status != Notification.Status.FAILED && notification.status != Notification.Status.BOUNCED) {
            throw org.liaison.infrastructure.problem.ProblemException.conflict("HUB-2", "status",
                    "Only an email that FAILED or BOUNCED can be sent again; this one is " + notification.status + ".");
        }
        currentAddressOf(notification.recipientId).ifPresent(address -> notification.recipientEmail = address);
        notification.lastError = notification.status + " before it was resent: "
                + (notification.status == Notification.Status.BOUNCED ? notification.bounceReason : notification.lastError);
        notification.status = Notification.Status.PENDING;
        notification.attempts = 0;
        notification.nextAttemptAt = clock.instant();
        notification.claimToken = null;
        notification.heldReason = null;
        queue.queued();
        return notification;
    }

    private static Optional<String> currentAddressOf(String recipientId) {
        org.liaison.notify.replica.CouncillorReplica councillor = org.liaison.notify.replica.CouncillorReplica.findById(recipientId);
        if (councillor != null) {
            return Optional.ofNullable(councillor.email);
        }
        org.liaison.notify.replica.OfficerReplica officer = org.liaison.notify.replica.OfficerReplica.findById(recipientId);
        return officer == null ? Optional.empty() : Optional.ofNullable(officer.email);
    }

    /** HUB-2: members' services hear of every email that could not be delivered, so that they can act. */
    private void alertMembersServices(Notification undelivered, String what, List<Notice.Fact> more) {
        if (undelivered.sourceEvent.startsWith(UNDELIVERED)) {
            return; // the alert itself failed: logged, never an alert about an alert
        }
        List<Notice.Fact> facts = new ArrayList<>(List.of(
                new Notice.Fact("Recipient", undelivered.recipientName + " <" + undelivered.recipientEmail + ">"),
                new Notice.Fact("Email", undelivered.template),
                new Notice.Fact("Because of", undelivered.sourceEvent),
                new Notice.Fact("Queued", Notice.when(undelivered.createdAt))));
        facts.addAll(more);
        Notice alert = new Notice("Undelivered email to " + undelivered.recipientName, List.of(
                "An email from Liaison to " + undelivered.recipientName + " was not delivered: it " + what + ".",
                "Please check their address in the directory and reach them another way: the email may be a notice the "
                        + "protocol says they must receive. GET /notifications?status=" + undelivered.status
                        + " lists every such email; POST /notifications/" + undelivered.id
                        + "/resend sends this one again, to the address the directory then has."),
                facts);
        try {
            queue.enqueue(UNDELIVERED + undelivered.id + ":" + undelivered.status.name().toLowerCase(java.util.Locale.ROOT)
                            + ":" + undelivered.attempts + (undelivered.bouncedAt == null ? "" : ":" + undelivered.bouncedAt),
                    null, "members-services", settings.failureAlertTo(), "Members' Services",
                    Notification.NOTICE, objectMapper.writeValueAsString(alert));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Duration backoff(int attemptsSoFar) {
        return new RetryBackoff(settings.firstRetryAfter(), settings.longestWait()).after(attemptsSoFar);
    }

    /** The composer's email with what every email carries: its Message-ID, bounce address and auto-submission marks. */
    private Mail compose(Notification notification, String messageId) {
        MailComposer composer = composers.get(notification.template);
        if (composer == null) {
            throw new IllegalStateException("No composer for template " + notification.template);
        }
        Mail mail = composer.compose(notification);
        mail.addHeader("Message-ID", messageId);
        bounces.ifPresent(reader -> mail.setBounceAddress(reader.addressFor(notification.id)));
        // RFC 3834: sent by a program, so out-of-office replies and other auto-responders stay silent
        mail.addHeader("Auto-Submitted", "auto-generated");
        mail.addHeader("X-Auto-Response-Suppress", "All");
        return mail;
    }
}
