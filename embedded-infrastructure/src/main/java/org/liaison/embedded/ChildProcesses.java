package org.liaison.embedded;

import java.util.concurrent.TimeUnit;

/** Stopping the servers and services this module starts as child processes. */
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
}
