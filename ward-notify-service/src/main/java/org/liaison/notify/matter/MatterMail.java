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
 *
 * <p>Two kinds of informational email go at once even to a councillor who takes the digest (see {@link #mayWait}):
 * one the digest would tell too late ({@link DigestTiming}), and one that carries a calendar invitation (a ceremonial
 * event with its times, NTF-8). An invitation is sent on its own because that is what mail clients handle: Outlook,
 * Gmail and Apple Mail offer Accept/Decline and add the event to the diary for an email whose one text/calendar part
 * is the iTIP message (RFC 6047); several such parts in one digest email are shown, at best, as loose .ics
 * attachments, and a later update or cancellation (same UID, higher SEQUENCE) would then find no event to replace.
 * It goes at once rather than with the next digest so that the date is in the diary as early as possible.
 */
@ApplicationScoped
public class MatterMail {

    private final NotificationQueue queue;
    private final EntityManager entityManager;
    private final Clock clock;
    private final DailyDigest digest;
    private final MatterCompliance compliance;

    MatterMail(NotificationQueue queue, EntityManager entityManager, Clock clock, DailyDigest digest,
            MatterCompliance compliance) {
        this.queue = queue;
        this.entityManager = entityManager;
        this.clock = clock;
        this.digest = digest;
        this.compliance = compliance;
    }

    /**
     * HUB-5: whether this email about {@code matter} may wait for the digest of a councillor who takes one: only an
     * informational matter, not a cancellation, without an invitation, and only if the next digest is still in time.
     */
    boolean mayWait(Matter matter, String template) {
        return matter.kind.informational() && !template.equals(cancellation(matter)) && !matter.carriesInvitation()
                && digest.timing().mayWait(compliance.deadline(matter), MatterCompliance.happensAt(matter), clock.instant());
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
        if (mayWait(matter, template) && CouncillorPreference.takesDigest(councillor.id)) {
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
        java.util.Set<String> digestTakers = mayWait(matter, template)
                ? CouncillorPreference.digestTakers(councillorIds) : java.util.Set.of();
        java.util.List<String> atOnce = new java.util.ArrayList<>();
        for (String councillorId : councillorIds) {
            if (digestTakers.contains(councillorId)) {
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
