package org.liaison.system.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * When the packaged applications a benchmark runs were built: their files' modification times. Another build in the
 * same working tree may repackage one during a run, and figures from two builds (or from a process whose jar was
 * replaced under it) mean nothing; the run stops instead.
 */
final class PackagedApps {

    private final Path repository;
    private final List<String> modules;
    private final String builtAt;

    private PackagedApps(Path repository, List<String> modules) {
        this.repository = repository;
        this.modules = modules;
        this.builtAt = builtAt();
    }

    /** {@code modules}: paths of Quarkus modules in the repository, each with its {@code target/quarkus-app}. */
    static PackagedApps of(Path repository, List<String> modules) {
        return new PackagedApps(repository, modules);
    }

    /** Throws if any of the applications was repackaged since {@link #of}. */
    void unchanged() {
        String now = builtAt();
        if (!now.equals(builtAt)) {
            throw new IllegalStateException("An application was repackaged during the run (another build in this working "
                    + "tree?): was " + builtAt + ", now " + now + ". Rerun when no build is running here.");
        }
    }

    private String builtAt() {
        List<String> times = new ArrayList<>();
        try {
            for (String module : modules) {
                Path app = repository.resolve(module).resolve("target/quarkus-app");
                times.add(module + ": quarkus-run.jar " + Files.getLastModifiedTime(app.resolve("quarkus-run.jar")));
                for (String directory : List.of("app", "quarkus")) {
                    try (Stream<Path> files = Files.list(app.resolve(directory))) {
                        for (Path file : files.sorted().toList()) {
                            times.add(directory + "/" + file.getFileName() + " " + Files.getLastModifiedTime(file));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Not packaged? " + modules + " in " + repository, e);
        }
        return String.join(", ", times);
    }

    /** The runner jars' times only, to print. */
    @Override
    public String toString() {
        return Stream.of(builtAt.split(", ")).filter(entry -> entry.contains("quarkus-run.jar")).toList().toString();
    }
}
