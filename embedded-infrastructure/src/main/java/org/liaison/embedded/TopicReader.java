package org.liaison.embedded;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.liaison.events.CloudEventHeaders;

/**
 * Reads and writes topics directly, as another service would, for tests to check what crossed Kafka. Waiting is for a
 * condition ({@link #await}), and "nothing else is there" is proven by reading a topic to its end ({@link #readToEnd}),
 * never by reading for a while.
 */
public final class TopicReader {

    private final String bootstrapServers;

    public TopicReader(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Reads {@code topic} from the beginning until a record matches; fails after {@code timeout}. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> matching, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(partitions(consumer, topic));
            consumer.seekToBeginning(consumer.assignment());
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            Awaitility.await().alias("a matching record on " + topic).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                            if (found.isEmpty() && matching.test(record)) {
                                found.add(record);
                            }
                        });
                        return !found.isEmpty();
                    });
            return found.get(0);
        }
    }

    /**
     * Every record on {@code topic} that matches, from the beginning to the topic's end as it stands when called: what a
     * test reads after the producer has recorded its sends is all there is, without waiting for more to arrive.
     */
    public List<ConsumerRecord<String, String>> readToEnd(String topic, Predicate<ConsumerRecord<String, String>> matching) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            Awaitility.await().alias("the end of " + topic).atMost(Duration.ofSeconds(60)).pollInSameThread().pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(1)).until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
                    });
            return seen.stream().filter(matching).toList();
        }
    }

    /** Publishes a CloudEvent in binary mode, as a Liaison service's outbox would. */
    public RecordMetadata publish(String topic, String key, String eventId, String eventType, String json) {
        return send(new ProducerRecord<>(topic, null, key, json, cloudEventHeaders(eventId, eventType)));
    }

    /** Publishes a tombstone (null value) for {@code key} on a compacted topic, with CloudEvents headers. */
    public RecordMetadata publishTombstone(String topic, String key, String eventId, String eventType) {
        return send(new ProducerRecord<>(topic, null, key, null, cloudEventHeaders(eventId, eventType)));
    }

    /** Publishes a record without CloudEvents headers: not something a Liaison service would send. */
    public RecordMetadata publishRaw(String topic, String key, String value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    /** Waits until {@code group} has committed past {@code record} (it has handled it, or skipped it). */
    public void awaitConsumed(String group, RecordMetadata record, Duration timeout) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Awaitility.await().alias(group + " consumed " + record).atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                        .get(partition);
                return committed != null && committed.offset() > record.offset();
            });
        }
    }

    public static Optional<String> header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    public static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        return java.util.stream.StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(Header::key, h -> new String(h.value(), StandardCharsets.UTF_8), (a, b) -> b));
    }

    private static RecordHeaders cloudEventHeaders(String eventId, String eventType) {
        RecordHeaders headers = new RecordHeaders();
        Map.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0, CloudEventHeaders.ID, eventId,
                CloudEventHeaders.TYPE, eventType, CloudEventHeaders.SOURCE, "/liaison/test",
                CloudEventHeaders.TIME, SuiteClock.now().toString())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return new KafkaConsumer<>(props);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        Collection<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            throw new AssertionError("No topic " + topic + " on the broker");
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
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
}
