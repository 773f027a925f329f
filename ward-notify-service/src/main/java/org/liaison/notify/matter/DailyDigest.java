package org.liaison.notify.matter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.NotificationQueue;
import org.liaison.notify.replica.CouncillorReplica;

/**
 * HUB-5: at 08:00 (the council's time, {@code liaison.council.zone}) on working days, each councillor who takes a digest gets one email with the informational matters
 * (NTF-5 to NTF-9) that reached them since the last one. A digest is one notification per councillor and day, so it is
 * sent once however many instances run; the items it carries are marked in the same transaction. Its words are composed
 * when it is sent ({@link MatterMailComposer}, the {@code digest*} templates).
 */
@ApplicationScoped
public class DailyDigest {

    private static final Logger LOG = Logger.getLogger(DailyDigest.class);

    /** What a digest email carries: the matters and which email each would have been. */
    public record Content(LocalDate day, List<Item> items) {
    }

    public record Item(UUID matterId, String template) {
    }

    private final EntityManager entityManager;
    private final NotificationQueue queue;
    private final MeetingNotice workingDays;
    private final Clock clock;
    private final ObjectMapper json;
    private final LocalTime at;
    private final ZoneId zone;
    private final DigestTiming timing;

    DailyDigest(EntityManager entityManager, NotificationQueue queue, MeetingNotice workingDays, Clock clock, ObjectMapper json,
            @ConfigProperty(name = "liaison.digest.at", defaultValue = "08:00") LocalTime at, CouncilSettings council) {
        this.entityManager = entityManager;
        this.queue = queue;
        this.workingDays = workingDays;
        this.clock = clock;
        this.json = json;
        this.at = at;
        this.zone = council.zone();
        this.timing = new DigestTiming(workingDays::isWorkingDay, at, zone);
    }

    /** When digests go out, and what may wait for one (HUB-5). */
    public DigestTiming timing() {
        return timing;
    }

    @Scheduled(every = "${liaison.digest.check-every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        sendDue();
    }

    /** Queues today's digests if it is a working day and past the digest time; returns how many. */
    public int sendDue() {
        ZonedDateTime now = clock.instant().atZone(zone);
        LocalDate today = now.toLocalDate();
        if (!workingDays.isWorkingDay(today) || now.toLocalTime().isBefore(at)) {
            return 0;
        }
        Instant cutoff = ZonedDateTime.of(today, at, zone).toInstant();
        List<String> councillors = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select distinct councillor_id from digest_item where digest_event is null and not cancelled and queued_at < ?1",
                String.class).setParameter(1, cutoff).getResultList());
        int sent = 0;
        for (String councillorId : councillors) {
            try {
                sent += QuarkusTransaction.requiringNew().call(() -> digestFor(councillorId, today, cutoff)) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not make the digest of %s for %s; trying again", councillorId, today);
            }
        }
        return sent;
    }

    private boolean digestFor(String councillorId, LocalDate day, Instant cutoff) throws JsonProcessingException {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select id, matter_id, template from digest_item
                where councillor_id = ?1 and digest_event is null and not cancelled and queued_at < ?2
                order by id for update skip locked""")
                .setParameter(1, councillorId).setParameter(2, cutoff).getResultList();
        CouncillorReplica councillor = CouncillorReplica.findById(councillorId);
        if (rows.isEmpty() || councillor == null) {
            return false;
        }
        List<Item> items = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            items.add(new Item((UUID) row[1], (String) row[2]));
        }
        String sourceEvent = "digest:" + councillorId + ":" + day;
        if (!queue.enqueue(sourceEvent, null, councillor.id, councillor.email, councillor.displayName,
                Notification.DAILY_DIGEST, json.writeValueAsString(new Content(day, items)))) {
            return false; // today's digest has gone: these wait for the next one
        }
        entityManager.createNativeQuery("update digest_item set digest_event = ?1 where id in (?2)")
                .setParameter(1, sourceEvent).setParameter(2, ids).executeUpdate();
        return true;
    }
}
