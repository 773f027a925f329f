package org.liaison.notify.replica;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.liaison.events.directory.CouncillorRecord;
import org.liaison.events.directory.WardRecord;
import org.liaison.infrastructure.inbox.IncomingEvent;
import org.liaison.infrastructure.inbox.ProcessedEvents;

/**
 * Keeps the local replica of wards and councillors from the compacted directory topics: each record is
 * the full current state, a tombstone removes it. Redelivered events are skipped by event id.
 */
@ApplicationScoped
public class DirectoryReplicaConsumer {

    private static final Logger LOG = Logger.getLogger(DirectoryReplicaConsumer.class);
    static final String WARDS = "directory-wards";
    static final String COUNCILLORS = "directory-councillors";

    private final ProcessedEvents processed;
    private final ObjectMapper objectMapper;

    DirectoryReplicaConsumer(ProcessedEvents processed, ObjectMapper objectMapper) {
        this.processed = processed;
        this.objectMapper = objectMapper;
    }

    @Incoming(WARDS)
    @Transactional
    public void onWard(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!processed.firstDelivery(WARDS, event.id())) {
            return;
        }
        if (event.isTombstone()) {
            WardReplica.deleteById(event.key());
            return;
        }
        WardRecord ward = event.payloadAs(WardRecord.class, objectMapper);
        WardReplica replica = WardReplica.findById(ward.code());
        if (replica == null) {
            replica = new WardReplica();
            replica.code = ward.code();
        }
        replica.name = ward.name();
        replica.persist();
    }

    @Incoming(COUNCILLORS)
    @Transactional
    public void onCouncillor(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!processed.firstDelivery(COUNCILLORS, event.id())) {
            LOG.debugf("Skipping redelivered %s", event);
            return;
        }
        if (event.isTombstone()) {
            CouncillorReplica.deleteById(event.key());
            return;
        }
        CouncillorRecord councillor = event.payloadAs(CouncillorRecord.class, objectMapper);
        CouncillorReplica replica = CouncillorReplica.findById(councillor.id());
        if (replica == null) {
            replica = new CouncillorReplica();
            replica.id = councillor.id();
        }
        replica.displayName = councillor.displayName();
        replica.email = councillor.email();
        replica.status = councillor.status();
        replica.wardCodes = new HashSet<>(councillor.wardCodes());
        replica.persist();
    }
}
