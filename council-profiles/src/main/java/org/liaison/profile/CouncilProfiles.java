package org.liaison.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the profile {@code liaison.council-profile} names: one of the ready profiles on the classpath by name
 * ({@code liaison-default}, {@code 000} ...), or a council's own file by path (anything ending in .yaml or .yml).
 */
public final class CouncilProfiles {

    /** The setting that selects the profile (environment: LIAISON_COUNCIL_PROFILE). */
    public static final String SELECTOR = "liaison.council-profile";
    public static final String DEFAULT = "liaison-default";
    /** The ready profiles, in council-profiles/ on the classpath. */
    public static final List<String> BUNDLED = List.of(DEFAULT, "000", "001", "002", "003", "004-herefordshire");

    private CouncilProfiles() {
    }

    /**
     * {@link #load} for a service or the web app starting: a profile it cannot run on is first logged at ERROR, as one
     * line naming the file and the line and what to write instead, then thrown to stop the start. Without the log line
     * the message would reach the council's engineer only inside the framework's start-up stack trace.
     */
    public static CouncilProfile loadAtStart(String selection) {
        try {
            return load(selection);
        } catch (CouncilProfileException e) {
            Logger.getLogger(CouncilProfiles.class.getName()).log(Level.SEVERE, e.getMessage()
                    + " (Liaison does not start on this profile; put it right and start again: docs/council-profiles.md)");
            throw e;
        }
    }

    public static CouncilProfile load(String selection) {
        String chosen = selection == null || selection.isBlank() ? DEFAULT : selection.strip();
        if (chosen.endsWith(".yaml") || chosen.endsWith(".yml")) {
            Path file = Path.of(chosen);
            if (!Files.isRegularFile(file)) {
                throw new CouncilProfileException(file.toString(), 0, "no such file (" + SELECTOR + "=" + chosen + ")");
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return CouncilProfileParser.parse(file.toString(), reader);
            } catch (IOException e) {
                throw new CouncilProfileException(file.toString(), 0, "cannot be read: " + e.getMessage(), e);
            }
        }
        if (!BUNDLED.contains(chosen)) {
            throw new CouncilProfileException(chosen, 0, "there is no ready profile of that name (" + SELECTOR + "); use one "
                    + "of " + String.join(", ", BUNDLED) + ", or the path of a council's own .yaml file");
        }
        String resource = "council-profiles/" + chosen + ".yaml";
        String location = "classpath:" + resource;
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : CouncilProfiles.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            in = CouncilProfiles.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new CouncilProfileException(location, 0, "missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            CouncilProfile profile = CouncilProfileParser.parse(location, reader);
            if (!profile.name().equals(chosen)) {
                throw new CouncilProfileException(location, profile.setting("profile.name").line(), "profile.name is '"
                        + profile.name() + "' but the file is " + chosen + ".yaml");
            }
            return profile;
        } catch (IOException e) {
            throw new CouncilProfileException(location, 0, "cannot be read: " + e.getMessage(), e);
        }
    }
}
