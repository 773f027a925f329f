package org.liaison.notify.matter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.liaison.infrastructure.problem.Problem;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.NotificationQueue;
import org.liaison.notify.replica.CouncillorReplica;
import org.liaison.notify.replica.WardCouncillorsResolver;
import org.liaison.notify.replica.WardReplica;

@ApplicationScoped
public class MatterService {

    private final WardCouncillorsResolver wardCouncillors;
    private final NotificationQueue notifications;
    private final Clock clock;
    private final MeetingNotice notice;

    MatterService(WardCouncillorsResolver wardCouncillors, NotificationQueue notifications, Clock clock, MeetingNotice notice) {
        this.wardCouncillors = wardCouncillors;
        this.notifications = notifications;
        this.clock = clock;
        this.notice = notice;
    }

    /**
     * Registers a matter and, in the same transaction, queues one email per councillor of the affected
     * wards (NTF-1: invited at once). The emails leave after the commit.
     */
    @Transactional
    public Matter register(MatterRequest request, String registeredBy) {
        validate(request);
        Matter matter = new Matter();
        matter.id = UUID.randomUUID();
        matter.kind = request.kind();
        matter.title = request.title().strip();
        matter.description = request.description();
        matter.location = request.location();
        matter.startsAt = instant(request.startsAt());
        matter.endsAt = instant(request.endsAt());
        matter.wardCodes = new TreeSet<>(request.wardCodes());
        matter.calendarUid = matter.id + "@liaison";
        matter.registeredBy = registeredBy;
        matter.registeredAt = clock.instant();
        noteNotice(matter, matter.registeredAt);
        matter.persist();
        String sourceEvent = registered(matter);
        for (CouncillorReplica councillor : wardCouncillors.activeCouncillorsOf(matter.wardCodes)) {
            notifications.enqueue(sourceEvent, matter.id, councillor, templateFor(matter.kind));
        }
        return matter;
    }

    /**
     * NTF-1: a change to a public meeting. The calendar SEQUENCE goes up by one and every councillor of the affected
     * wards now gets an update that replaces the event in their calendar (or, if newly concerned, an invitation); a
     * councillor whose ward is no longer affected gets a cancellation instead. The notice is recounted when the time
     * moves.
     */
    @Transactional
    public Matter update(UUID id, MatterRequest request) {
        Matter matter = activeMatter(id);
        if (request.kind() != matter.kind) {
            throw ProblemException.conflict(null, "kind", "A " + matter.kind + " cannot become a " + request.kind()
                    + "; cancel it and register the new matter.");
        }
        validate(request);
        Set<String> before = invitedCouncillors(matter);
        boolean timeMoved = !java.util.Objects.equals(matter.startsAt, instant(request.startsAt()));
        matter.title = request.title().strip();
        matter.description = request.description();
        matter.location = request.location();
        matter.startsAt = instant(request.startsAt());
        matter.endsAt = instant(request.endsAt());
        matter.wardCodes = new TreeSet<>(request.wardCodes());
        matter.calendarSequence++;
        matter.updatedAt = clock.instant();
        if (timeMoved) {
            noteNotice(matter, matter.updatedAt);
        }
        String sourceEvent = "matter:" + matter.id + ":revision:" + matter.calendarSequence;
        Set<String> now = new java.util.HashSet<>();
        for (CouncillorReplica councillor : wardCouncillors.activeCouncillorsOf(matter.wardCodes)) {
            notifications.enqueue(sourceEvent, matter.id, councillor,
                    before.contains(councillor.id) ? Notification.PUBLIC_MEETING_UPDATE : Notification.PUBLIC_MEETING_INVITATION);
            now.add(councillor.id);
        }
        for (String gone : before) {
            CouncillorReplica councillor = CouncillorReplica.findById(gone);
            if (!now.contains(gone) && councillor != null) {
                notifications.enqueue(sourceEvent, matter.id, councillor, Notification.PUBLIC_MEETING_CANCELLATION);
            }
        }
        return matter;
    }

    /**
     * NTF-1: a public meeting is cancelled. Everyone invited, and every councillor of the affected wards now, gets a
     * cancellation (METHOD:CANCEL) that removes it from their calendar; an invitation not yet sent is not sent.
     */
    @Transactional
    public Matter cancel(UUID id, String reason) {
        Matter matter = activeMatter(id);
        matter.status = Matter.Status.CANCELLED;
        matter.cancelledAt = clock.instant();
        matter.cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        matter.calendarSequence++;
        Notification.update("status = ?1, heldReason = ?2 where matterId = ?3 and status in ?4 and template in ?5",
                Notification.Status.SUPERSEDED, "The meeting was cancelled before this was sent", matter.id,
                List.of(Notification.Status.PENDING, Notification.Status.RETRYING),
                List.of(Notification.PUBLIC_MEETING_INVITATION, Notification.PUBLIC_MEETING_UPDATE));
        Set<String> recipients = new java.util.LinkedHashSet<>(invitedCouncillors(matter));
        wardCouncillors.activeCouncillorsOf(matter.wardCodes).forEach(c -> recipients.add(c.id));
        String sourceEvent = "matter:" + matter.id + ":cancelled";
        for (String id2 : recipients) {
            CouncillorReplica councillor = CouncillorReplica.findById(id2);
            if (councillor != null) {
                notifications.enqueue(sourceEvent, matter.id, councillor, Notification.PUBLIC_MEETING_CANCELLATION);
            }
        }
        return matter;
    }

    /**
     * HUB-7: a councillor who joins a ward is invited to the ward's public meetings still to come, as if they had
     * been a member when each was registered (one invitation per meeting and councillor, HUB-1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int inviteToComingMeetings(CouncillorReplica councillor, Set<String> joinedWards) {
        if (joinedWards.isEmpty() || !councillor.active()) {
            return 0;
        }
        List<Matter> coming = Matter.list("select distinct m from Matter m join m.wardCodes w where w in ?1 "
                + "and m.status = ?2 and m.kind = ?3 and m.startsAt > ?4", joinedWards, Matter.Status.ACTIVE,
                MatterKind.PUBLIC_MEETING, clock.instant());
        int invited = 0;
        for (Matter matter : coming) {
            invited += notifications.enqueue(registered(matter), matter.id, councillor, templateFor(matter.kind)) ? 1 : 0;
        }
        return invited;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public org.liaison.infrastructure.rest.Page<MatterResponse> list(MatterKind kind, String ward, Matter.Status status,
            org.liaison.infrastructure.rest.PageRequest page) {
        List<String> where = new ArrayList<>();
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
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
        io.quarkus.hibernate.orm.panache.PanacheQuery<Matter> found = Matter.find(query + " order by m.startsAt desc nulls last, m.registeredAt desc", params);
        long total = found.count();
        List<MatterResponse> items = found.page(page.toPanache()).list().stream().map(this::view).toList();
        return new org.liaison.infrastructure.rest.Page<>(items, page.page, page.size, total);
    }

    private Matter activeMatter(UUID id) {
        Matter matter = Matter.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (matter == null) {
            throw ProblemException.notFound("There is no matter with id " + id + ".");
        }
        if (matter.status == Matter.Status.CANCELLED) {
            throw ProblemException.conflict(null, "The matter \"" + matter.title + "\" was cancelled; register a new one.");
        }
        return matter;
    }

    /** Everyone queued any email about this matter so far. */
    private static Set<String> invitedCouncillors(Matter matter) {
        return new java.util.LinkedHashSet<>(Notification.getEntityManager().createQuery(
                "select distinct n.recipientId from Notification n where n.matterId = ?1", String.class)
                .setParameter(1, matter.id).getResultList());
    }

    private void noteNotice(Matter matter, Instant toldAt) {
        if (matter.kind == MatterKind.PUBLIC_MEETING && matter.startsAt != null) {
            MeetingNotice.Given given = notice.given(toldAt, matter.startsAt);
            matter.noticeWorkingDays = given.workingDays();
            matter.shortNotice = given.shortNotice();
        }
    }

    private static String registered(Matter matter) {
        return "matter:" + matter.id + ":registered";
    }

    private static Instant instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
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
        return new MatterResponse(matter.id, matter.kind, matter.title, matter.description, matter.location,
                matter.startsAt, matter.endsAt, new ArrayList<>(matter.wardCodes), matter.status.name(),
                matter.registeredAt, matter.updatedAt, matter.cancelledAt, matter.cancellationReason, matter.calendarSequence,
                matter.noticeWorkingDays, matter.kind == MatterKind.PUBLIC_MEETING ? matter.shortNotice : null,
                matter.kind == MatterKind.PUBLIC_MEETING ? notice.minimumWorkingDays() : null, recipients);
    }

    private static String templateFor(MatterKind kind) {
        return switch (kind) {
            case PUBLIC_MEETING -> Notification.PUBLIC_MEETING_INVITATION;
            default -> throw new ProblemException(Problem.of(jakarta.ws.rs.core.Response.Status.NOT_IMPLEMENTED,
                    "Matters of kind " + kind + " cannot be registered yet; only PUBLIC_MEETING is supported."));
        };
    }

    private static void validate(MatterRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.kind() == MatterKind.PUBLIC_MEETING) {
            if (request.startsAt() == null) {
                errors.add(new Problem.FieldError("startsAt", "is required for a public meeting"));
            }
            if (request.endsAt() == null) {
                errors.add(new Problem.FieldError("endsAt", "is required for a public meeting"));
            }
            if (request.startsAt() != null && request.endsAt() != null && !request.endsAt().isAfter(request.startsAt())) {
                errors.add(new Problem.FieldError("endsAt", "must be after startsAt"));
            }
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
