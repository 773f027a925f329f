package org.liaison.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes topics directly, as another service would, for tests to check what crossed Kafka. */
public final class TopicReader {

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Reads {@code topic} from the beginning until a record matches or {@code timeout} passes. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        return readUntil(topic, records -> records.stream().anyMatch(matching), timeout).stream()
                .filter(matching).findFirst()
                .orElseThrow(() -> new AssertionError("No matching record on " + topic + " within " + timeout));
    }

    /** All records on {@code topic} matching, reading from the beginning for {@code duration}. */
    public List<ConsumerRecord<String, String>> readFor(String topic, Predicate<ConsumerRecord<String, String>> matching, Duration duration) {
        return readUntil(topic, records -> false, duration).stream().filter(matching).toList();
    }

    private List<ConsumerRecord<String, String>> readUntil(String topic, Predicate<List<ConsumerRecord<String, String>>> done,
            Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                if (done.test(seen)) {
                    break;
                }
            }
        }
        return seen;
    }

    /** Publishes a CloudEvent in binary mode, as a Liaison service's outbox would. */
    public RecordMetadata publish(String topic, String key, String eventId, String eventType, String json) {
        RecordHeaders headers = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", eventType, "ce_source", "/liaison/test",
                "ce_time", Instant.now().toString()).forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return send(new ProducerRecord<>(topic, null, key, json, headers));
    }

    /** Publishes a record without CloudEvents headers: not something a Liaison service would send. */
    public RecordMetadata publishRaw(String topic, String key, String value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    private RecordMetadata send(ProducerRecord<String, String> record) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            return producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Could not publish to " + record.topic(), e);
        }
    }

    /** Waits until {@code group} has committed past {@code record} (it has handled it, or skipped it). */
    public void awaitConsumed(String group, RecordMetadata record, Duration timeout) {
        org.apache.kafka.common.TopicPartition partition = new org.apache.kafka.common.TopicPartition(record.topic(), record.partition());
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Instant deadline = Instant.now().plus(timeout);
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            while (Instant.now().isBefore(deadline)) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(partition);
                if (committed != null && committed.offset() > record.offset()) {
                    return;
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new AssertionError(group + " did not consume " + record + " within " + timeout);
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        return java.util.stream.StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> b));
    }
}
