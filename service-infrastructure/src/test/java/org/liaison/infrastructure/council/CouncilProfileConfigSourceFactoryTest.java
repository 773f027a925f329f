package org.liaison.infrastructure.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.profile.CouncilProfiles;
import org.liaison.profile.CouncilProfileException;

/** The profile selected by liaison.council-profile reaches the configuration; a bad one stops the configuration. */
class CouncilProfileConfigSourceFactoryTest {

    static SmallRyeConfig config(Map<String, String> applicationProperties, Map<String, String> environment) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(applicationProperties, "application.properties", 250))
                .withSources(new PropertiesConfigSource(environment, "environment", 300))
                .withSources(new CouncilProfileConfigSourceFactory())
                .withMapping(CouncilSettings.class)
                .build();
    }

    @Test
    void theSelectedProfileFeedsTheServicesSettingsAboveTheirBuiltInDefaults() {
        SmallRyeConfig config = config(Map.of("liaison.council-profile", "000", "liaison.enquiry.direct-approach.lowest-seniority",
                "SERVICE_MANAGER"), Map.of());
        assertEquals("TEAM_LEADER", config.getRawValue("liaison.enquiry.direct-approach.lowest-seniority"));
        assertEquals("000", config.getConfigMapping(CouncilSettings.class).profileName());
        assertEquals("17:00", config.getConfigMapping(CouncilSettings.class).closeOfBusiness().toString());
    }

    @Test
    void anEnvironmentVariableStillOverridesOneSetting() {
        SmallRyeConfig config = config(Map.of("liaison.council-profile", "000"), Map.of("liaison.sla.working-days", "7"));
        assertEquals("7", config.getRawValue("liaison.sla.working-days"));
    }

    @Test
    void withoutASelectionLiaisonDefaultIsInForce() {
        SmallRyeConfig config = config(Map.of(), Map.of());
        assertEquals("liaison-default", config.getConfigMapping(CouncilSettings.class).profileName());
        assertEquals("10", config.getRawValue("liaison.notice.minimum-working-days"));
    }

    @Test
    void anUnknownProfileStopsTheConfigurationNamingIt() {
        CouncilProfileException e = assertThrows(CouncilProfileException.class,
                () -> config(Map.of("liaison.council-profile", "atlantis"), Map.of()));
        assertTrue(e.getMessage().startsWith("Council profile atlantis: there is no ready profile of that name"), e.getMessage());
    }

    /**
     * The council's engineer meets the problem as the first ERROR line, naming the file and the line, before the
     * framework's start-up stack trace (which carries it again, deep down).
     */
    @Test
    void aProfileLiaisonCannotRunOnIsLoggedAtErrorAsOneLineNamingTheFileAndLineBeforeTheStartFails(@TempDir Path directory)
            throws IOException {
        Path profile = directory.resolve("aldermoor.yaml");
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("../council-profiles/src/main/resources/council-profiles/"
                + "liaison-default.yaml")));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("zone: Europe/London")) {
                lines.set(i, lines.get(i).replace("Europe/London", "Europe/Londn"));
                line = i + 1;
            }
        }
        Files.write(profile, lines);
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(CouncilProfiles.class.getName());
        logger.addHandler(capture);
        try {
            CouncilProfileException refused = assertThrows(CouncilProfileException.class,
                    () -> config(Map.of(), Map.of("liaison.council-profile", profile.toString())));
            assertEquals(1, logged.size(), "one line");
            LogRecord first = logged.get(0);
            assertEquals(Level.SEVERE, first.getLevel(), "ERROR");
            String expected = "Council profile " + profile + ", line " + line
                    + ": calendar.zone: 'Europe/Londn' is not a time zone such as Europe/London";
            assertTrue(first.getMessage().startsWith(expected), first.getMessage());
            assertTrue(first.getMessage().contains("docs/council-profiles.md"), "where to read more: " + first.getMessage());
            assertTrue(!first.getMessage().contains("\n") && first.getThrown() == null, "no stack trace in it");
            assertTrue(refused.getMessage().startsWith(expected), refused.getMessage());
        } finally {
            logger.removeHandler(capture);
        }
    }
}
