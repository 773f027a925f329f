package org.liaison.system;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.SuiteServices;

/**
 * A packaged service given a council profile it would misread (a council's own file naming a role Liaison does not
 * know) stops at start, and its log names the file and the line (docs/council-profiles.md).
 */
class BadCouncilProfileRefusedIT {

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        suite = RunningSuite.get();
    }

    @Test
    void a_service_stops_at_start_on_a_profile_naming_an_unknown_role_and_says_where() throws Exception {
        Path profile = suite.repository.resolve("system-tests/target/a-council-with-a-typo.yaml");
        List<String> lines = Files.readAllLines(suite.repository.resolve(
                "council-profiles/src/main/resources/council-profiles/liaison-default.yaml"));
        int line = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("quotable-roles:")) {
                lines.set(i, lines.get(i).replace("SHERIFF]", "SHERRIF]"));
                line = i + 1;
            }
        }
        Files.write(profile, lines);
        Map<String, String> environment = new HashMap<>(suite.testEnvironment);
        environment.put("LIAISON_COUNCIL_PROFILE", profile.toString());
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> SuiteServices.startInstance(
                suite.repository, suite.infrastructure, SuiteServices.ALL.get(0), "directory-profile-refusal",
                "directory_profile_refusal", environment, suite.logs, Duration.ofMinutes(2)).close());
        assertTrue(refused.getMessage().contains("exited"), refused.getMessage());
        String log = Files.readString(suite.logs.resolve("directory-profile-refusal.log"));
        assertTrue(log.contains("Council profile " + profile + ", line " + line
                + ": media.quotable-roles: 'SHERRIF' is not a councillor role"), log);
    }
}
