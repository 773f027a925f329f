package org.liaison.notify.matter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.notify.delivery.Notification;

/**
 * HUB-6: the evidence that ward councillors were told — for each matter, every councillor concerned (fixed when they
 * became concerned), when the email that told them was accepted by the mail server, and whether that was on time,
 * late or is missing. The deadline is the rule's: before the meeting, the consultation's opening, the release's issue,
 * the committee meeting, the visit or the event; otherwise by close of business on the next working day.
 */
@ApplicationScoped
public class MatterCompliance {

    /** BOUNCED: an email was accepted by the relay but a delivery report said it never arrived (HUB-2): not told. */
    public enum Outcome { ON_TIME, LATE, MISSING, PENDING, BOUNCED }

    public record Told(String councillorId, String displayName, Instant concernedSince, String why, Instant deadline,
            Instant toldAt, String how, Outcome outcome, Instant viewsGivenAt) {
    }

    /** {@code councillorsConsulted}: a consultation whose ward councillors are consulted (NTF-2, P12), each one's views dated. */
    public record Evidence(UUID matterId, MatterKind kind, String ruleId, String title, String status, Instant registeredAt,
            Instant deadline, String notRequiredBecause, Map<Outcome, Integer> summary, List<Told> councillors,
            Boolean councillorsConsulted) {
    }

    public record KindSummary(MatterKind kind, String ruleId, int matters, int councillors, int onTime, int late, int missing,
            int pending, int bounced, Double compliancePercent, Integer shortNotice, Integer lateRegistrations) {
    }

    public record Report(LocalDate from, LocalDate to, List<KindSummary> kinds) {
    }

    private final EntityManager entityManager;
    private final MeetingNotice workingDays;
    private final CouncilSettings council;
    private final Clock clock;

    MatterCompliance(EntityManager entityManager, MeetingNotice workingDays, CouncilSettings council, Clock clock) {
        this.entityManager = entityManager;
        this.workingDays = workingDays;
        this.council = council;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Evidence of(UUID id) {
        Matter matter = Matter.findById(id);
        if (matter == null) {
            throw ProblemException.notFound("There is no matter with id " + id + ".");
        }
        return evidence(matter, clock.instant());
    }

    /** Matters registered from {@code from} to {@code to} (inclusive, the council's dates), by kind. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Report report(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.badRequest("to", "must not be before from");
        }
        Instant start = from.atStartOfDay(council.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(council.zone()).toInstant();
        Instant now = clock.instant();
        Map<MatterKind, int[]> counts = new EnumMap<>(MatterKind.class);
        for (Matter matter : Matter.<Matter>list("registeredAt >= ?1 and registeredAt < ?2", start, end)) {
            int[] c = counts.computeIfAbsent(matter.kind, k -> new int[9]);
            Evidence evidence = evidence(matter, now);
            c[0]++;
            c[1] += evidence.councillors().size();
            c[2] += evidence.summary().get(Outcome.ON_TIME);
            c[3] += evidence.summary().get(Outcome.LATE);
            c[4] += evidence.summary().get(Outcome.MISSING);
            c[5] += evidence.summary().get(Outcome.PENDING);
            c[6] += matter.shortNotice ? 1 : 0;
            c[7] += matter.late ? 1 : 0;
            c[8] += evidence.summary().get(Outcome.BOUNCED);
        }
        List<KindSummary> kinds = new ArrayList<>();
        counts.forEach((kind, c) -> {
            int decided = c[2] + c[3] + c[4] + c[8];
            kinds.add(new KindSummary(kind, kind.ruleId(), c[0], c[1], c[2], c[3], c[4], c[5], c[8],
                    decided == 0 ? null : Math.round(1000.0 * c[2] / decided) / 10.0,
                    kind == MatterKind.PUBLIC_MEETING ? c[6] : null, kind == MatterKind.CONSULTATION ? c[7] : null));
        });
        return new Report(from, to, kinds);
    }

    private Evidence evidence(Matter matter, Instant now) {
        Instant deadline = deadline(matter);
        List<Told> told = new ArrayList<>();
        Map<Outcome, Integer> summary = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            summary.put(outcome, 0);
        }
        String notRequired = matter.courtesyVisit ? "a purely courtesy visit (NTF-7)"
                : matter.withheldReason != null ? "withheld: " + matter.withheldReason + " (NTF-9)" : null;
        for (MatterRecipient recipient : MatterRecipient.<MatterRecipient>list(
                "matterId = ?1 and removedAt is null order by displayName", matter.id)) {
            Instant due = recipient.concernedSince.isAfter(deadline) ? nextCloseOfBusiness(recipient.concernedSince) : deadline;
            ToldOf toldOf = toldOf(matter.id, recipient.councillorId);
            Instant toldAt = toldOf == null ? null : toldOf.at();
            Outcome outcome = toldAt != null ? (toldAt.isAfter(due) ? Outcome.LATE : Outcome.ON_TIME)
                    : bounced(matter.id, recipient.councillorId) ? Outcome.BOUNCED
                    : now.isAfter(due) ? Outcome.MISSING : Outcome.PENDING;
            summary.merge(outcome, 1, Integer::sum);
            told.add(new Told(recipient.councillorId, recipient.displayName, recipient.concernedSince, recipient.why, due,
                    toldAt, toldOf == null ? null : toldOf.how(), outcome, recipient.viewsGivenAt));
        }
        return new Evidence(matter.id, matter.kind, matter.kind.ruleId(), matter.title, matter.status.name(),
                matter.registeredAt, deadline, notRequired, summary, told,
                matter.kind == MatterKind.CONSULTATION ? matter.councillorsConsulted : null);
    }

    /** When a councillor was first told of a matter (the mail server accepted the email), and how: email or daily digest. */
    public record ToldOf(Instant at, String how) {
    }

    /** When {@code councillorId} was first told of the matter, by its own email or a daily digest; null if not yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ToldOf toldOf(UUID matterId, String councillorId) {
        Instant immediate = firstSent(matterId, councillorId);
        Instant digest = digestSent(matterId, councillorId);
        if (immediate == null && digest == null) {
            return null;
        }
        Instant at = immediate == null ? digest : digest == null ? immediate : min(immediate, digest);
        return new ToldOf(at, at.equals(immediate) ? "email" : "daily digest");
    }

    /** When the councillors must have been told by, under the matter's rule. */
    Instant deadline(Matter matter) {
        Instant happens = happensAt(matter);
        return happens != null ? happens : nextCloseOfBusiness(matter.registeredAt);
    }

    /**
     * When the matter happens, which councillors are told before: the meeting, the consultation's opening, the
     * release's issue, the committee meeting, the visit, the event or the issue's date; null for what does not happen
     * at a time (an executive decision, parish correspondence: told by the next close of business).
     */
    static Instant happensAt(Matter matter) {
        boolean happens = switch (matter.kind) {
            case PUBLIC_MEETING, CONSULTATION, PRESS_RELEASE, AGENDA_ITEM, SITE_VISIT, CEREMONIAL_EVENT, SIGNIFICANT_ISSUE -> true;
            case EXECUTIVE_DECISION, PARISH_CORRESPONDENCE -> false;
        };
        return happens ? matter.startsAt : null;
    }

    private Instant nextCloseOfBusiness(Instant from) {
        LocalDate day = from.atZone(council.zone()).toLocalDate().plusDays(1);
        while (!workingDays.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return ZonedDateTime.of(day, council.closeOfBusiness(), council.zone()).toInstant();
    }

    private Instant firstSent(UUID matterId, String councillorId) {
        List<Instant> sent = entityManager.createQuery("""
                select min(n.sentAt) from Notification n
                where n.matterId = ?1 and n.recipientId = ?2 and n.status = ?3 and n.template not in ?4""", Instant.class)
                .setParameter(1, matterId).setParameter(2, councillorId).setParameter(3, Notification.Status.SENT)
                .setParameter(4, List.of(Notification.MATTER_CANCELLATION, Notification.PUBLIC_MEETING_CANCELLATION))
                .getResultList();
        return sent.isEmpty() ? null : sent.get(0);
    }

    /** Whether an email about the matter reached the relay but bounced, and has not been resent since. */
    private boolean bounced(UUID matterId, String councillorId) {
        return entityManager.createQuery("""
                select count(n) from Notification n
                where n.matterId = ?1 and n.recipientId = ?2 and n.status = ?3 and n.template not in ?4""", Long.class)
                .setParameter(1, matterId).setParameter(2, councillorId).setParameter(3, Notification.Status.BOUNCED)
                .setParameter(4, List.of(Notification.MATTER_CANCELLATION, Notification.PUBLIC_MEETING_CANCELLATION))
                .getSingleResult() > 0;
    }

    private Instant digestSent(UUID matterId, String councillorId) {
        @SuppressWarnings("unchecked")
        List<Object> sent = entityManager.createNativeQuery("""
                select min(n.sent_at) from digest_item d
                join notification n on n.source_event = d.digest_event and n.recipient_id = d.councillor_id
                where d.matter_id = ?1 and d.councillor_id = ?2 and n.status = 'SENT'""")
                .setParameter(1, matterId).setParameter(2, councillorId).getResultList();
        Object value = sent.isEmpty() ? null : sent.get(0);
        return value == null ? null : value instanceof Instant i ? i : value instanceof java.time.OffsetDateTime o ? o.toInstant()
                : ((java.sql.Timestamp) value).toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
