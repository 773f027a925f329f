package org.liaison.infrastructure.kafka;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** The topics a service writes and reads; it makes sure they exist (compacted where the contract says so). */
@ConfigMapping(prefix = "liaison.kafka")
public interface KafkaTopology {

    /** Topic names this service publishes to through its outbox. */
    Optional<List<String>> produces();

    /** Topic names this service consumes; each also gets its {@code .dlq} dead-letter topic. */
    Optional<List<String>> consumes();

    /** Create missing topics at start-up. Turn off where a platform team manages topics. */
    @WithDefault("true")
    boolean provisionTopics();

    @WithDefault("3")
    int partitions();

    @WithDefault("1")
    short replicationFactor();
}
