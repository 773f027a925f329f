package org.liaison.notify.matter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.liaison.notify.delivery.Notification;
import org.liaison.notify.delivery.NotificationQueue;
import org.liaison.notify.replica.CouncillorReplica;

/**
 * How a councillor is told of a matter: at once through the hub, or — for an informational matter (NTF-5 to NTF-9)
 * when they have chosen it — in their next daily digest (HUB-5). Protocol notices (NTF-1 to NTF-4), and every
 * cancellation, always go at once. Either way, once per (source event, councillor) (HUB-1).
 */
@ApplicationScoped
public class MatterMail {

    private final NotificationQueue queue;
    private final EntityManager entityManager;
    private final Clock clock;

    MatterMail(NotificationQueue queue, EntityManager entityManager, Clock clock) {
        this.queue = queue;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The first email about a matter of this kind. */
    public static String first(Matter matter) {
        return matter.kind == MatterKind.PUBLIC_MEETING ? Notification.PUBLIC_MEETING_INVITATION : Notification.MATTER_NOTICE;
    }

    public static String update(Matter matter) {
        return matter.kind == MatterKind.PUBLIC_MEETING ? Notification.PUBLIC_MEETING_UPDATE : Notification.MATTER_UPDATE;
    }

    public static String cancellation(Matter matter) {
        return matter.kind == MatterKind.PUBLIC_MEETING ? Notification.PUBLIC_MEETING_CANCELLATION
                : Notification.MATTER_CANCELLATION;
    }

    /** True if queued (now or for the digest); false if this councillor already has it for this source event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tell(String sourceEvent, Matter matter, CouncillorReplica councillor, String template) {
        boolean cancellation = template.equals(cancellation(matter));
        if (matter.kind.informational() && !cancellation && CouncillorPreference.takesDigest(councillor.id)) {
            return entityManager.createNativeQuery("""
                    insert into digest_item (councillor_id, matter_id, source_event, template, queued_at)
                    values (?1, ?2, ?3, ?4, ?5)
                    on conflict on constraint digest_item_once do nothing""")
                    .setParameter(1, councillor.id).setParameter(2, matter.id).setParameter(3, sourceEvent)
                    .setParameter(4, template).setParameter(5, clock.instant())
                    .executeUpdate() == 1;
        }
        return queue.enqueue(sourceEvent, matter.id, councillor, template);
    }

    /** {@link #tell} for many councillors at once: the digest's few one by one, everyone else in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tellAll(String sourceEvent, Matter matter, java.util.Collection<String> councillorIds, String template) {
        java.util.Set<String> digest = matter.kind.informational() && !template.equals(cancellation(matter))
                ? CouncillorPreference.digestTakers(councillorIds) : java.util.Set.of();
        java.util.List<String> atOnce = new java.util.ArrayList<>();
        for (String councillorId : councillorIds) {
            if (digest.contains(councillorId)) {
                CouncillorReplica councillor = CouncillorReplica.findById(councillorId);
                if (councillor != null) {
                    tell(sourceEvent, matter, councillor, template);
                }
            } else {
                atOnce.add(councillorId);
            }
        }
        queue.enqueueForCouncillors(sourceEvent, matter.id, atOnce, template);
    }

    /** A cancelled matter leaves the digests still to be sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelDigestItems(Matter matter) {
        entityManager.createNativeQuery("update digest_item set cancelled = true where matter_id = ?1 and digest_event is null")
                .setParameter(1, matter.id).executeUpdate();
    }
}
