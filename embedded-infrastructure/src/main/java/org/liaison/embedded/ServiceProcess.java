package org.liaison.embedded;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;

/** A packaged Liaison service ({@code target/quarkus-app/quarkus-run.jar}) running as its own process. */
public final class ServiceProcess implements AutoCloseable {

    /**
     * The services' JVM options ({@code -Dliaison.service.jvm-options=...}). Tests favour a quick start (the client
     * compiler only); benchmarks pass what production runs with, e.g. {@code -Xmx384m} alone.
     */
    public static final String JVM_OPTIONS = "liaison.service.jvm-options";
    private static final String TEST_JVM_OPTIONS = "-Xmx384m -XX:TieredStopAtLevel=1";


    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path logFile;
    private final Process process;

    private ServiceProcess(String name, int port, Path logFile, Process process) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
        this.process = process;
    }

    /**
     * Starts {@code runnerJar} on {@code port} with {@code environment} added (Quarkus reads
     * {@code QUARKUS_*}, {@code KAFKA_*}, {@code MP_*} variables as configuration).
     */
    public static ServiceProcess start(String name, Path runnerJar, int port, Map<String, String> environment, Path logFile) {
        if (!Files.isRegularFile(runnerJar)) {
            throw new IllegalStateException(name + " is not packaged: " + runnerJar + " is missing (run ./mvnw package)");
        }
        if (Ports.inUse(port)) {
            throw new IllegalStateException("Port " + port + " for " + name + " is already in use");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(System.getProperty(JVM_OPTIONS, TEST_JVM_OPTIONS).trim().split("\\s+")));
        command.add("-jar");
        command.add(runnerJar.toString());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        try {
            Files.createDirectories(logFile.getParent());
            ServiceProcess service = new ServiceProcess(name, port, logFile, builder.start());
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, name + "-stop"));
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + name, e);
        }
    }

    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The operating system's id of the service's process (e.g. to read its memory from {@code /proc}). */
    public long pid() {
        return process.pid();
    }

    /** Waits until {@code /q/health/ready} answers UP. */
    public void awaitReady(Duration timeout) {
        AtomicReference<String> last = new AtomicReference<>("no answer");
        try {
            await().dontCatchUncaughtExceptions().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile);
                }
                try {
                    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                    last.set(response.statusCode() + " " + response.body());
                    return response.statusCode() == 200;
                } catch (IOException e) {
                    last.set(e.toString());
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " was not ready within " + timeout + " (" + last.get() + "); see " + logFile);
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process as a crash or the OOM killer would ({@code kill -9}): no shutdown hook, nothing flushed. */
    public void kill() {
        process.destroyForcibly();
        // the servers it talked to may see their sessions' threads die of the reset: not this wait's concern
        await().dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    /** Stops gracefully (SIGTERM), forcibly after 20 seconds. */
    @Override
    public void close() {
        ChildProcesses.stop(process);
    }
}
