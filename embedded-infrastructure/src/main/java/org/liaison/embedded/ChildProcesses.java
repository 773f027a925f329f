package org.liaison.embedded;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Starting and stopping the servers and services this module runs as child processes. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** SIGTERM for a clean shutdown, then SIGKILL if it has not exited within 20 seconds. */
    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The classpath a runtime module resolved for its server ({@code resource}, written at its build), each entry
     * checked to exist; {@code server} and {@code module} name them in the message that says what to build.
     */
    static String classpathOf(String resource, String server, String module) throws IOException {
        try (InputStream in = ChildProcesses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: build " + module + " first");
            }
            String classpath = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!Files.exists(Path.of(entry))) {
                    throw new IllegalStateException(server + " library " + entry + " is missing: run ./mvnw install");
                }
            }
            return classpath;
        }
    }
}
