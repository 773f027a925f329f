package org.liaison.media.release;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.faulttolerance.api.ApplyGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.liaison.events.notify.MatterDelivered;
import org.liaison.infrastructure.inbox.IncomingEvent;
import org.liaison.infrastructure.inbox.ProcessedEvents;
import org.liaison.infrastructure.inbox.TransientFailureRetry;

/** MR-8: ward-notify reports that every councillor of a release's wards was told; the issue may follow the lead time. */
@ApplicationScoped
public class DeliveryReportConsumer {

    private static final Logger LOG = Logger.getLogger(DeliveryReportConsumer.class);
    static final String CHANNEL = "notify-deliveries";

    private final ProcessedEvents processed;
    private final ObjectMapper json;

    DeliveryReportConsumer(ProcessedEvents processed, ObjectMapper json) {
        this.processed = processed;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @ApplyGuard(TransientFailureRetry.GUARD)
    @Transactional
    public void onDelivery(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!processed.firstDelivery(CHANNEL, event.id()) || !MatterDelivered.TYPE.equals(event.type())) {
            return;
        }
        MatterDelivered delivered = event.payloadAs(MatterDelivered.class, json);
        if (delivered.sourceReference() == null) {
            return;
        }
        UUID releaseId;
        try {
            releaseId = UUID.fromString(delivered.sourceReference());
        } catch (IllegalArgumentException e) {
            return; // a press release registered by hand, not one of ours
        }
        MediaRelease release = MediaRelease.findById(releaseId);
        if (release == null) {
            LOG.warnf("Delivery reported for unknown release %s", releaseId);
            return;
        }
        if (release.wardsToldAt == null || delivered.deliveredAt().isAfter(release.wardsToldAt)) {
            release.wardsToldAt = delivered.deliveredAt();
            release.notifyMatterId = delivered.matterId();
        }
    }
}
