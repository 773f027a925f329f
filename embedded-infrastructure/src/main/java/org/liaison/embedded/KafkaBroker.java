package org.liaison.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.awaitility.core.ConditionTimeoutException;
import org.liaison.events.Topic;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), run as its own JVM
 * from the classpath that kafka-broker-runtime resolved. Or an external cluster named by
 * {@code TEST_KAFKA_BOOTSTRAP}. Either way, {@link #createSuiteTopics()} creates every topic of the
 * suite with the contract's cleanup policy before any service starts. An embedded broker can be stopped and started
 * again on the same port and log directory ({@link #stop()}, {@link #restart()}), as an operator restarts one.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String CLASSPATH_RESOURCE = "/kafka-broker.classpath";

    private volatile Process process;
    private final String bootstrapServers;
    private final Path logFile;
    /** The broker's server.properties (port, controller port, log directory); null for an external cluster. */
    private final Path config;

    private KafkaBroker(Process process, String bootstrapServers, Path logFile, Path config) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
        this.config = config;
    }

    public static KafkaBroker forTests() {
        String external = System.getenv("TEST_KAFKA_BOOTSTRAP");
        if (external != null && !external.isBlank()) {
            KafkaBroker broker = new KafkaBroker(null, external, null, null);
            broker.awaitReady(Duration.ofSeconds(30));
            return broker;
        }
        try {
            Path dir = Files.createTempDirectory("liaison-kafka-");
            return start(dir, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker whose data lives in {@code dataDirectory} (formatted on first use, kept after).
     * Ports 0 pick free ones.
     */
    public static KafkaBroker start(Path dataDirectory, int port, int controllerPort) {
        int brokerPort = port > 0 ? port : Ports.free();
        int quorumPort = controllerPort > 0 ? controllerPort : Ports.free();
        if (Ports.inUse(brokerPort)) {
            throw new IllegalStateException("Port " + brokerPort + " is taken: is another Kafka broker running?");
        }
        try {
            Path logDir = dataDirectory.resolve("log");
            Files.createDirectories(logDir);
            Path config = dataDirectory.resolve("server.properties");
            Files.writeString(config, serverProperties(logDir, brokerPort, quorumPort));
            Path logFile = dataDirectory.resolve("broker.log");
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(config, logFile);
            }
            Process process = java("kafka.Kafka", List.of(config.toString()), logFile).start();
            KafkaBroker broker = new KafkaBroker(process, "127.0.0.1:" + brokerPort, logFile, config);
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-broker-stop"));
            broker.awaitReady(Duration.ofSeconds(90));
            return broker;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Kafka broker in " + dataDirectory, e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether {@link #stop()} and {@link #restart()} can be used: this broker was started here, not named externally. */
    public boolean restartable() {
        return config != null;
    }

    /**
     * Stops the broker as an operator would (SIGTERM, its controlled shutdown; forcibly after 20 seconds), keeping its
     * log directory: topics, records and committed offsets are there again after {@link #restart()}.
     */
    public void stop() {
        requireRestartable();
        ChildProcesses.stop(process);
    }

    /** Starts the stopped broker again on the same port and log directory, and returns once it answers. */
    public void restart() {
        requireRestartable();
        if (process.isAlive()) {
            throw new IllegalStateException("The Kafka broker at " + bootstrapServers + " is running; stop() it first");
        }
        if (Ports.inUse(port())) {
            throw new IllegalStateException("Port " + port() + " was taken while the Kafka broker was stopped");
        }
        try {
            process = java("kafka.Kafka", List.of(config.toString()), logFile).start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the Kafka broker again from " + config, e);
        }
        awaitReady(Duration.ofSeconds(90));
    }

    private void requireRestartable() {
        if (!restartable()) {
            throw new UnsupportedOperationException("The external Kafka cluster " + bootstrapServers + " is not ours to stop");
        }
    }

    private int port() {
        return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
    }

    /** Creates every topic of {@link Topic} and its dead-letter topic, if missing. */
    public void createSuiteTopics() {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> topics = new ArrayList<>();
            for (Topic topic : Topic.values()) {
                String policy = topic.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE;
                if (!existing.contains(topic.topicName())) {
                    topics.add(new NewTopic(topic.topicName(), 3, (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, policy)));
                }
                if (!existing.contains(topic.deadLetterTopicName())) {
                    topics.add(new NewTopic(topic.deadLetterTopicName(), 1, (short) 1));
                }
            }
            if (!topics.isEmpty()) {
                admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create the suite's topics on " + bootstrapServers, e);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not create the suite's topics on " + bootstrapServers, e);
        }
    }

    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return Admin.create(props);
    }

    private void awaitReady(Duration timeout) {
        AtomicReference<Exception> last = new AtomicReference<>();
        Process process = this.process;
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with " + process.exitValue() + "; see " + logFile);
                }
                if (process != null && !Ports.inUse(port())) {
                    return false; // not listening yet; an admin client now would only log connection failures
                }
                try (Admin admin = admin()) {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return true;
                } catch (Exception e) { // not ready yet: the admin client could not reach it, or timed out
                    last.set(e);
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            close();
            throw new IllegalStateException("The Kafka broker at " + bootstrapServers + " was not ready within " + timeout
                    + (logFile != null ? "; see " + logFile : "") + ". Last error: " + last.get());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process);
    }

    private static String serverProperties(Path logDir, int port, int controllerPort) {
        return String.join("\n",
                "# Written by Liaison's embedded infrastructure: a single-node KRaft cluster on loopback.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + logDir.toAbsolutePath(),
                "num.partitions=3",
                // topics are created explicitly, so a compacted topic is never auto-created as a plain one
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "log.cleaner.backoff.ms=1000",
                "") + "\n";
    }

    private static void format(Path config, Path logFile) throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        Process format = java("kafka.tools.StorageTool",
                List.of("format", "-t", clusterId, "-c", config.toString(), "--ignore-formatted"), logFile).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IllegalStateException("Formatting the Kafka log directory failed; see " + logFile);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while formatting Kafka storage", e);
        }
    }

    private static ProcessBuilder java(String mainClass, List<String> args, Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms256m");
        command.add("-Xmx768m");
        command.add("-XX:+UseG1GC");
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(brokerClasspath());
        command.add(mainClass);
        command.addAll(args);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
    }

    private static String brokerClasspath() throws IOException {
        return ChildProcesses.classpathOf(CLASSPATH_RESOURCE, "Kafka broker", "kafka-broker-runtime");
    }

}
