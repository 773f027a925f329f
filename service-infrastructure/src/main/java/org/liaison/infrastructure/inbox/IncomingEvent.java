package org.liaison.infrastructure.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.liaison.events.CloudEventHeaders;

/**
 * A consumed Kafka record read as a CloudEvent in binary mode. A record without {@code ce_id} or
 * {@code ce_type}, or whose payload is not the JSON it claims, is a {@link PoisonMessage}: retrying
 * cannot fix it, so it goes to the channel's dead-letter topic.
 */
public record IncomingEvent(String id, String type, String key, String payload, String topic, int partition, long offset) {

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID)
                .orElseThrow(() -> new PoisonMessage("Record without " + CloudEventHeaders.ID + " at " + where(record)));
        String type = header(record, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new PoisonMessage("Record without " + CloudEventHeaders.TYPE + " at " + where(record)));
        if (record.key() == null) {
            throw new PoisonMessage("Record without a key at " + where(record));
        }
        return new IncomingEvent(id, type, record.key(), record.value(), record.topic(), record.partition(), record.offset());
    }

    /** A tombstone on a compacted topic: the keyed record was deleted. */
    public boolean isTombstone() {
        return payload == null;
    }

    public <T> T payloadAs(Class<T> type, ObjectMapper objectMapper) {
        if (payload == null) {
            throw new PoisonMessage("Expected a " + type.getSimpleName() + " but the record is a tombstone: " + this);
        }
        try {
            return objectMapper.readValue(payload, type);
        } catch (JsonProcessingException e) {
            throw new PoisonMessage("Payload of " + this + " is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage());
        }
    }

    @Override
    public String toString() {
        return type + " " + id + " (" + topic + "-" + partition + "@" + offset + ", key " + key + ")";
    }

    private static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            return Optional.empty();
        }
        return Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    private static String where(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
