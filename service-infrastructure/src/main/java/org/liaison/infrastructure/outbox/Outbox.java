package org.liaison.infrastructure.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.liaison.events.Topic;

/**
 * Records an event in the caller's database transaction. The event reaches Kafka only if that
 * transaction commits, and then at least once (see {@link OutboxRelay}); consumers deduplicate on
 * the event id.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Event<OutboxWritten> written;

    Outbox(EntityManager entityManager, ObjectMapper objectMapper, Clock clock, Event<OutboxWritten> written) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.written = written;
    }

    /** Publishes {@code payload} as JSON on {@code topic} under {@code key}; returns the event id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(Topic topic, String key, String eventType, Object payload) {
        Objects.requireNonNull(payload, "payload; use publishTombstone for a deletion");
        try {
            return store(topic, key, eventType, objectMapper.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + eventType, e);
        }
    }

    /** Publishes a tombstone (null value) on a compacted topic: the record under {@code key} is gone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTombstone(Topic topic, String key, String eventType) {
        if (!topic.compacted()) {
            throw new IllegalArgumentException("Tombstones belong on compacted topics only, not " + topic.topicName());
        }
        return store(topic, key, eventType, null);
    }

    private UUID store(Topic topic, String key, String eventType, String json) {
        OutboxMessage message = new OutboxMessage();
        message.id = UUID.randomUUID();
        message.topic = topic.topicName();
        message.messageKey = Objects.requireNonNull(key, "key");
        message.eventType = Objects.requireNonNull(eventType, "eventType");
        message.payload = json;
        message.createdAt = clock.instant();
        entityManager.persist(message);
        written.fire(new OutboxWritten(eventType));
        return message.id;
    }
}
