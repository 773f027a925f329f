package org.liaison.infrastructure.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Applies a record of a compacted, event-carried-state topic (DIR-6) to a local replica: the full current
 * state is upserted, a tombstone deletes, a redelivered event (same id) is skipped. Call it from the
 * consumer's {@code @Incoming} method, inside its transaction.
 */
@ApplicationScoped
public class StateReplica {

    private final ProcessedEvents processed;
    private final ObjectMapper objectMapper;

    StateReplica(ProcessedEvents processed, ObjectMapper objectMapper) {
        this.processed = processed;
        this.objectMapper = objectMapper;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> void apply(String consumer, ConsumerRecord<String, String> record, Class<T> type, Consumer<T> upsert,
            Consumer<String> deleteByKey) {
        IncomingEvent event = IncomingEvent.of(record);
        if (!processed.firstDelivery(consumer, event.id())) {
            return;
        }
        if (event.isTombstone()) {
            deleteByKey.accept(event.key());
        } else {
            upsert.accept(event.payloadAs(type, objectMapper));
        }
    }
}
