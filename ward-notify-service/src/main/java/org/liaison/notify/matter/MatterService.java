package org.liaison.notify.matter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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

    MatterService(WardCouncillorsResolver wardCouncillors, NotificationQueue notifications, Clock clock) {
        this.wardCouncillors = wardCouncillors;
        this.notifications = notifications;
        this.clock = clock;
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
        matter.startsAt = request.startsAt() == null ? null : request.startsAt().toInstant();
        matter.endsAt = request.endsAt() == null ? null : request.endsAt().toInstant();
        matter.wardCodes = new TreeSet<>(request.wardCodes());
        matter.calendarUid = matter.id + "@liaison";
        matter.registeredBy = registeredBy;
        matter.registeredAt = clock.instant();
        matter.persist();
        String sourceEvent = "matter:" + matter.id + ":registered";
        for (CouncillorReplica councillor : wardCouncillors.activeCouncillorsOf(matter.wardCodes)) {
            notifications.enqueue(sourceEvent, matter.id, councillor, templateFor(matter.kind));
        }
        return matter;
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
        List<MatterResponse.Recipient> recipients = Notification.<Notification>list("matterId = ?1 order by recipientName", matter.id)
                .stream()
                .map(n -> new MatterResponse.Recipient(n.recipientId, n.recipientName, n.status.name(), n.sentAt))
                .toList();
        return new MatterResponse(matter.id, matter.kind, matter.title, matter.description, matter.location,
                matter.startsAt, matter.endsAt, new ArrayList<>(matter.wardCodes), matter.status.name(),
                matter.registeredAt, recipients);
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
