package org.liaison.infrastructure.kafka;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;
import org.liaison.events.Topic;

/**
 * Creates the topics a service uses before its consumers subscribe, so that a compacted topic is never
 * auto-created as a plain one. Keeps trying in the background while Kafka is unreachable; readiness
 * stays DOWN until it has succeeded.
 */
@ApplicationScoped
public class KafkaTopicProvisioner {

    private static final Logger LOG = Logger.getLogger(KafkaTopicProvisioner.class);

    private final KafkaTopology topology;
    private final KafkaAdmin admin;
    private volatile boolean provisioned;

    KafkaTopicProvisioner(KafkaTopology topology, KafkaAdmin admin) {
        this.topology = topology;
        this.admin = admin;
    }

    void onStart(@Observes StartupEvent start) {
        provisionIfNeeded();
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retry() {
        provisionIfNeeded();
    }

    public boolean provisioned() {
        return provisioned || !topology.provisionTopics();
    }

    synchronized void provisionIfNeeded() {
        if (provisioned()) {
            return;
        }
        try {
            Admin client = admin.client();
            Set<String> existing = client.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : wanted()) {
                if (!existing.contains(name)) {
                    missing.add(newTopic(name));
                }
            }
            for (NewTopic topic : missing) {
                try {
                    client.createTopics(List.of(topic)).all().get(10, TimeUnit.SECONDS);
                    LOG.infof("Created Kafka topic %s %s", topic.name(), topic.configs());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            provisioned = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warnf("Kafka topics not provisioned yet (%s); retrying in the background", e.toString());
        }
    }

    Set<String> wanted() {
        Set<String> names = new LinkedHashSet<>(topology.produces().orElse(List.of()));
        for (String consumed : topology.consumes().orElse(List.of())) {
            names.add(consumed);
            names.add(consumed + ".dlq");
        }
        return names;
    }

    private NewTopic newTopic(String name) {
        NewTopic topic = new NewTopic(name, topology.partitions(), topology.replicationFactor());
        boolean compacted = Topic.byName(name).map(Topic::compacted).orElse(false);
        return topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                compacted ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE));
    }
}
