package org.liaison.infrastructure.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
}
