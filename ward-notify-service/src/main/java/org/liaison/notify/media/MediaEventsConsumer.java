package org.liaison.notify.media;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.liaison.events.media.MediaEventArranged;
import org.liaison.events.media.ReleaseApproved;
import org.liaison.events.media.ReleaseClosed;
import org.liaison.infrastructure.inbox.IncomingEvent;
import org.liaison.infrastructure.inbox.ProcessedEvents;
import org.liaison.infrastructure.inbox.TransientFailureRetry;
import org.liaison.infrastructure.problem.ProblemException;
import org.liaison.notify.delivery.Notice;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.NotificationQueue;
import org.liaison.notify.matter.Matter;
import org.liaison.notify.matter.MatterKind;
import org.liaison.notify.matter.MatterRequest;
import org.liaison.notify.matter.MatterService;

/**
 * media-service's events as ward matters and email. NTF-3: an approved release about wards becomes a PRESS_RELEASE
 * matter (its councillors told before issue, delivery then reported on {@code notify.deliveries}); a changed and
 * re-approved release updates it; a withdrawn or rejected one cancels it. MR-11: everyone invited to a media event
 * is emailed. Each event is handled once.
 */
@ApplicationScoped
public class MediaEventsConsumer {

    private static final Logger LOG = Logger.getLogger(MediaEventsConsumer.class);
    static final String CHANNEL = "media-events";
    static final String MEDIA_SERVICE = "media-service";

    private final ProcessedEvents processed;
    private final MatterService matters;
    private final NotificationQueue queue;
    private final ObjectMapper json;

    MediaEventsConsumer(ProcessedEvents processed, MatterService matters, NotificationQueue queue, ObjectMapper json) {
        this.processed = processed;
        this.matters = matters;
        this.queue = queue;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onMediaEvent(ConsumerRecord<String, String> record) throws JsonProcessingException {
        IncomingEvent event = IncomingEvent.of(record);
        if (!processed.firstDelivery(CHANNEL, event.id())) {
            return;
        }
        if (ReleaseApproved.TYPE.equals(event.type())) {
            approved(event.payloadAs(ReleaseApproved.class, json));
        } else if (ReleaseClosed.WITHDRAWN.equals(event.type()) || ReleaseClosed.REJECTED.equals(event.type())) {
            ReleaseClosed closed = event.payloadAs(ReleaseClosed.class, json);
            Matter matter = pressRelease(closed.releaseId());
            if (matter != null && matter.status == Matter.Status.ACTIVE) {
                matters.cancel(matter.id, "The press release was " + closed.status().toLowerCase() + ".");
            }
        } else if (MediaEventArranged.TYPE.equals(event.type())) {
            MediaEventArranged arranged = event.payloadAs(MediaEventArranged.class, json);
            for (MediaEventArranged.Invitee invitee : arranged.invitees()) {
                if (invitee.email() != null) {
                    Notice invitation = new Notice("Invitation: " + arranged.title(), List.of(
                            "You are invited to a media event " + Notice.when(arranged.at()) + ".",
                            invitee.why().startsWith("representative of")
                                    ? "Every political group is invited to send a representative; you are invited as the "
                                            + invitee.why() + "."
                                    : "You are one of the councillors taking part."),
                            List.of(new Notice.Fact("Event", arranged.title()), new Notice.Fact("When", Notice.when(arranged.at()))));
                    queue.enqueue("media-event:" + arranged.eventId(), null, invitee.councillorId(), invitee.email(),
                            invitee.name(), Notification.NOTICE, json.writeValueAsString(invitation));
                }
            }
        }
    }

    private void approved(ReleaseApproved release) {
        if (release.wardCodes().isEmpty()) {
            return; // no ward to tell
        }
        List<String> unknown = release.wardCodes().stream()
                .filter(code -> org.liaison.notify.replica.WardReplica.findById(code) == null).toList();
        if (!unknown.isEmpty()) {
            // nobody there can be told, so no delivery is reported and MR-8 keeps the release unissued
            LOG.errorf("Press release %s names wards not in the directory: %s", release.releaseId(), unknown);
            return;
        }
        MatterRequest request = new MatterRequest(MatterKind.PRESS_RELEASE, release.title(), release.summary(), null,
                (release.plannedIssueAt() == null ? release.approvedAt() : release.plannedIssueAt()).atOffset(ZoneOffset.UTC),
                null, release.wardCodes(), null, null, null, null, null, release.releaseId());
        try {
            Matter existing = pressRelease(release.releaseId());
            if (existing == null || existing.status != Matter.Status.ACTIVE) {
                matters.register(request, MEDIA_SERVICE);
            } else {
                Matter updated = matters.update(existing.id, request);
                updated.deliveryReportedAt = null; // the councillors must be told of the new version before it is issued
            }
        } catch (ProblemException e) {
            // e.g. a ward not in the directory: nobody can be told, so no delivery is reported and MR-8 keeps it unissued
            LOG.errorf("Press release %s could not be registered as a ward matter: %s", release.releaseId(), e.problem().detail());
        }
    }

    private static Matter pressRelease(String releaseId) {
        return Matter.<Matter>find("kind = ?1 and sourceReference = ?2 order by registeredAt desc", MatterKind.PRESS_RELEASE,
                releaseId).firstResult();
    }
}
