package org.liaison.notify.matter;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.infrastructure.rest.Page;
import org.liaison.infrastructure.rest.PageRequest;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.replica.CouncillorReplica;
import org.liaison.notify.replica.WardCouncillorsResolver;
import org.liaison.notify.replica.WardReplica;

/**
 * Ward matters (NTF-1 to NTF-9): registered, changed and cancelled by members' services, each telling the
 * councillors of the affected wards in the same transaction (the emails leave after the commit). Who had to be told
 * is recorded as they become concerned, as compliance evidence (HUB-6).
 */
@ApplicationScoped
public class MatterService {

    private final WardCouncillorsResolver wardCouncillors;
    private final MatterMail mail;
    private final Clock clock;
    private final MeetingNotice notice;

    MatterService(WardCouncillorsResolver wardCouncillors, MatterMail mail, Clock clock, MeetingNotice notice) {
        this.wardCouncillors = wardCouncillors;
        this.mail = mail;
        this.clock = clock;
        this.notice = notice;
    }

    /**
     * Registers a matter and tells every active councillor of the affected wards at once (NTF-1 to NTF-9), unless it
     * is exempt (a courtesy visit, parish correspondence withheld for a stated reason). Flags short notice (NTF-1) and
     * a consultation registered after its start (NTF-2).
     */
    @Transactional
    public Matter register(MatterRequest request, String registeredBy) {
        validate(request);
        Matter matter = new Matter();
        matter.id = UUID.randomUUID();
        matter.kind = request.kind();
        matter.calendarUid = matter.id + "@liaison";
        matter.registeredBy = registeredBy;
        matter.registeredAt = clock.instant();
        apply(request, matter);
        noteNotice(matter, matter.registeredAt);
        if (matter.kind == MatterKind.CONSULTATION) {
            matter.councillorsConsulted = WardCouncillorsConsulted.decide(notice.consultationPolicy(),
                    request.consultWardCouncillors());
        }
        matter.late = matter.kind == MatterKind.CONSULTATION && matter.startsAt.isBefore(matter.registeredAt);
        matter.persist();
        if (!matter.exempt()) {
            List<String> councillors = wardCouncillors.activeCouncillorIdsOf(matter.wardCodes);
            concern(matter, councillors, "registered");
            mail.tellAll(registered(matter), matter, councillors, MatterMail.first(matter));
        }
        return matter;
    }

    /**
     * A change. The calendar SEQUENCE goes up by one; every councillor of the affected wards gets an update (a public
     * meeting's replaces the event in their calendar), or an invitation if newly concerned; a councillor whose ward is
     * no longer affected is told it no longer concerns them. An agenda item's report, once linked, is sent (NTF-5).
     */
    @Transactional
    public Matter update(UUID id, MatterRequest request) {
        Matter matter = activeMatter(id);
        if (request.kind() != matter.kind) {
            throw ProblemException.conflict(null, "kind", "A " + matter.kind + " cannot become a " + request.kind()
                    + "; cancel it and register the new matter.");
        }
        validate(request);
        Set<String> before = told(matter);
        boolean timeMoved = !Objects.equals(matter.startsAt, instant(request.startsAt()));
        boolean reportPublished = matter.kind == MatterKind.AGENDA_ITEM && matter.link == null && request.link() != null;
        apply(request, matter);
        if (matter.kind == MatterKind.CONSULTATION && request.consultWardCouncillors() != null) {
            matter.councillorsConsulted = WardCouncillorsConsulted.decide(notice.consultationPolicy(),
                    request.consultWardCouncillors());
        }
        matter.calendarSequence++;
        matter.updatedAt = clock.instant();
        if (timeMoved) {
            noteNotice(matter, matter.updatedAt);
        }
        if (matter.exempt()) {
            return matter;
        }
        String sourceEvent = "matter:" + matter.id + ":revision:" + matter.calendarSequence;
        Set<String> now = new HashSet<>();
        List<String> stillConcerned = new ArrayList<>();
        List<String> newlyConcerned = new ArrayList<>();
        for (String councillorId : wardCouncillors.activeCouncillorIdsOf(matter.wardCodes)) {
            (before.contains(councillorId) ? stillConcerned : newlyConcerned).add(councillorId);
            now.add(councillorId);
        }
        concern(matter, stillConcerned, "registered");
        concern(matter, newlyConcerned, "ward added");
        mail.tellAll(sourceEvent, matter, stillConcerned, reportPublished ? Notification.MATTER_REPORT : MatterMail.update(matter));
        mail.tellAll(sourceEvent, matter, newlyConcerned, MatterMail.first(matter));
        for (String gone : before) {
            CouncillorReplica councillor = now.contains(gone) ? null : CouncillorReplica.findById(gone);
            if (councillor != null) {
                mail.tell(sourceEvent, matter, councillor, MatterMail.cancellation(matter));
                MatterRecipient.update("removedAt = ?1 where matterId = ?2 and councillorId = ?3 and removedAt is null",
                        matter.updatedAt, matter.id, gone);
            }
        }
        return matter;
    }

    /**
     * A cancellation. Everyone told, and every councillor of the affected wards now, is told it is off (a public
     * meeting's with METHOD:CANCEL, removing it from their calendars); what was not yet sent is not sent.
     */
    @Transactional
    public Matter cancel(UUID id, String reason) {
        Matter matter = activeMatter(id);
        matter.status = Matter.Status.CANCELLED;
        matter.cancelledAt = clock.instant();
        matter.cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        matter.calendarSequence++;
        Notification.update("status = ?1, heldReason = ?2 where matterId = ?3 and status in ?4 and template <> ?5",
                Notification.Status.SUPERSEDED, "Cancelled before this was sent", matter.id,
                List.of(Notification.Status.PENDING, Notification.Status.RETRYING), MatterMail.cancellation(matter));
        mail.cancelDigestItems(matter);
        Set<String> recipients = new LinkedHashSet<>(told(matter));
        if (!matter.exempt()) {
            recipients.addAll(wardCouncillors.activeCouncillorIdsOf(matter.wardCodes));
        }
        if (!recipients.isEmpty()) {
            // everyone told stays a recipient of the cancellation while the replica knows them
            mail.tellAll("matter:" + matter.id + ":cancelled", matter, recipients, MatterMail.cancellation(matter));
        }
        return matter;
    }

    /**
     * HUB-7: a councillor who joins a ward is told of the ward's matters still to come — as if they had been a
     * member when each was registered (once per matter and councillor, HUB-1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int tellOfComingMatters(CouncillorReplica councillor, Set<String> joinedWards) {
        if (joinedWards.isEmpty() || !councillor.active()) {
            return 0;
        }
        List<Matter> coming = Matter.list("select distinct m from Matter m join m.wardCodes w where w in ?1 "
                + "and m.status = ?2 and m.startsAt > ?3", joinedWards, Matter.Status.ACTIVE, clock.instant());
        int told = 0;
        for (Matter matter : coming) {
            if (!matter.exempt()) {
                concern(matter, List.of(councillor.id), "joined a ward");
                told += mail.tell(registered(matter), matter, councillor, MatterMail.first(matter)) ? 1 : 0;
            }
        }
        return told;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MatterResponse> list(MatterKind kind, String ward, Matter.Status status, PageRequest page) {
        List<String> where = new ArrayList<>();
        Parameters params = new Parameters();
        if (kind != null) {
            where.add("m.kind = :kind");
            params.and("kind", kind);
        }
        if (status != null) {
            where.add("m.status = :status");
            params.and("status", status);
        }
        if (ward != null && !ward.isBlank()) {
            where.add(":ward member of m.wardCodes");
            params.and("ward", ward.strip());
        }
        String query = "from Matter m" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
        PanacheQuery<Matter> found = Matter.find(query + " order by m.startsAt desc nulls last, m.registeredAt desc", params);
        long total = found.count();
        List<MatterResponse> items = found.page(page.toPanache()).list().stream().map(this::view).toList();
        return new Page<>(items, page.page, page.size, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MatterResponse view(UUID id) {
        Matter matter = Matter.findById(id);
        if (matter == null) {
            throw ProblemException.notFound("There is no matter with id " + id + ".");
        }
        return view(matter);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public MatterResponse view(Matter matter) {
        List<MatterResponse.Recipient> recipients = Notification.<Notification>list(
                        "matterId = ?1 order by recipientName, createdAt", matter.id)
                .stream()
                .map(n -> new MatterResponse.Recipient(n.recipientId, n.recipientName, MatterResponse.what(n.template),
                        n.status.name(), n.sentAt))
                .toList();
        boolean meeting = matter.kind == MatterKind.PUBLIC_MEETING;
        return new MatterResponse(matter.id, matter.kind, matter.kind.ruleId(), matter.title, matter.description,
                matter.location, matter.startsAt, matter.endsAt, new ArrayList<>(matter.wardCodes), matter.link,
                matter.visitBy, matter.courtesyVisit ? Boolean.TRUE : null, matter.parishCouncil, matter.withheldReason,
                matter.sourceReference, matter.status.name(), matter.registeredAt, matter.updatedAt, matter.cancelledAt,
                matter.cancellationReason, matter.calendarSequence, matter.noticeWorkingDays, meeting ? matter.shortNotice : null,
                meeting ? notice.minimumWorkingDays() : null, matter.kind == MatterKind.CONSULTATION ? matter.late : null,
                matter.kind == MatterKind.CONSULTATION ? matter.councillorsConsulted : null, matter.deliveryReportedAt,
                recipients);
    }

    private Matter activeMatter(UUID id) {
        Matter matter = Matter.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (matter == null) {
            throw ProblemException.notFound("There is no matter with id " + id + ".");
        }
        if (matter.status == Matter.Status.CANCELLED) {
            throw ProblemException.conflict(null, "The matter \"" + matter.title + "\" was cancelled; register a new one.");
        }
        return matter;
    }

    /** HUB-6: {@code councillor} has to be told of {@code matter} from now on (kept if already recorded). */
    /**
     * What follows writes a row or two per councillor with SQL of its own. The matter is written now, and the rest of
     * the transaction does not flush before each statement: with a borough's councillors loaded, dirty-checking them all
     * before each of thousands of inserts made registering a 2,000-recipient matter take 30 seconds.
     */
    /** The councillors the matter concerns from now, recorded for the compliance evidence (HUB-6), in one statement. */
    private void concern(Matter matter, List<String> councillorIds, String why) {
        if (councillorIds.isEmpty()) {
            return;
        }
        Notification.getEntityManager().createNativeQuery("""
                insert into matter_recipient (matter_id, councillor_id, display_name, concerned_since, why)
                select :matter, c.id, c.display_name, :since, :why from councillor_replica c where c.id in (:ids)
                on conflict (matter_id, councillor_id) do update set removed_at = null""")
                .setParameter("matter", matter.id).setParameter("since", clock.instant()).setParameter("why", why)
                .setParameter("ids", councillorIds).executeUpdate();
    }

    /** Everyone queued any email about this matter so far, or waiting for it in a digest. */
    private static Set<String> told(Matter matter) {
        Set<String> told = new LinkedHashSet<>(Notification.getEntityManager().createQuery(
                "select distinct n.recipientId from Notification n where n.matterId = ?1", String.class)
                .setParameter(1, matter.id).getResultList());
        told.addAll(Notification.getEntityManager().createQuery(
                "select r.councillorId from MatterRecipient r where r.matterId = ?1 and r.removedAt is null", String.class)
                .setParameter(1, matter.id).getResultList());
        return told;
    }

    private void noteNotice(Matter matter, Instant toldAt) {
        if (matter.kind == MatterKind.PUBLIC_MEETING && matter.startsAt != null) {
            MeetingNotice.Given given = notice.given(toldAt, matter.startsAt);
            matter.noticeCountedFrom = toldAt;
            matter.noticeWorkingDays = given.workingDays();
            matter.shortNotice = given.shortNotice();
        }
    }

    private static void apply(MatterRequest request, Matter matter) {
        matter.title = request.title().strip();
        matter.description = request.description();
        matter.location = request.location();
        matter.startsAt = instant(request.startsAt());
        matter.endsAt = instant(request.endsAt());
        matter.wardCodes = new TreeSet<>(request.wardCodes());
        matter.link = request.link();
        matter.visitBy = request.visitBy();
        matter.courtesyVisit = Boolean.TRUE.equals(request.courtesyVisit());
        matter.parishCouncil = request.parishCouncil();
        matter.withheldReason = request.withheldReason() == null || request.withheldReason().isBlank() ? null
                : request.withheldReason().strip();
        matter.sourceReference = request.sourceReference();
    }

    private static String registered(Matter matter) {
        return "matter:" + matter.id + ":registered";
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** What each kind needs (400 naming the fields), and that every ward is known (422). */
    private static void validate(MatterRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        MatterKind kind = request.kind();
        String what = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        boolean needsStart = kind != MatterKind.SIGNIFICANT_ISSUE && kind != MatterKind.EXECUTIVE_DECISION
                && kind != MatterKind.PARISH_CORRESPONDENCE;
        if (needsStart && request.startsAt() == null) {
            errors.add(new Problem.FieldError("startsAt", "is required for a " + what));
        }
        if (kind == MatterKind.PUBLIC_MEETING && request.endsAt() == null) {
            errors.add(new Problem.FieldError("endsAt", "is required for a public meeting"));
        }
        if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
            errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
        }
        if ((kind == MatterKind.SIGNIFICANT_ISSUE || kind == MatterKind.EXECUTIVE_DECISION)
                && (request.description() == null || request.description().isBlank())) {
            errors.add(new Problem.FieldError("description", "is required for a " + what + ": say what it is"));
        }
        if (kind == MatterKind.SITE_VISIT && (request.visitBy() == null || request.visitBy().isBlank())) {
            errors.add(new Problem.FieldError("visitBy", "is required for a site visit: who is visiting"));
        }
        if (kind == MatterKind.PARISH_CORRESPONDENCE && (request.parishCouncil() == null || request.parishCouncil().isBlank())) {
            errors.add(new Problem.FieldError("parishCouncil", "is required for parish correspondence"));
        }
        if (Boolean.TRUE.equals(request.courtesyVisit()) && kind != MatterKind.SITE_VISIT) {
            errors.add(new Problem.FieldError("courtesyVisit", "applies only to a site visit"));
        }
        if (request.consultWardCouncillors() != null && kind != MatterKind.CONSULTATION) {
            errors.add(new Problem.FieldError(WardCouncillorsConsulted.FIELD, "applies only to a consultation"));
        }
        if (request.withheldReason() != null && !request.withheldReason().isBlank() && kind != MatterKind.PARISH_CORRESPONDENCE) {
            errors.add(new Problem.FieldError("withheldReason", "applies only to parish correspondence"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Bad Request", 400,
                    "The matter is not complete: " + errors.get(0).field() + " " + errors.get(0).message(), null, errors));
        }
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < request.wardCodes().size(); i++) {
            if (WardReplica.findById(request.wardCodes().get(i)) == null) {
                unknown.add(new Problem.FieldError("wardCodes[" + i + "]",
                        "ward " + request.wardCodes().get(i) + " is not in the directory"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ProblemException(new Problem("about:blank", "Unprocessable Content", 422,
                    "Every affected ward must be in the directory, so that its councillors can be told.", null, unknown));
        }
    }
}
