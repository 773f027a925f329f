package org.liaison.infrastructure.council;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.util.List;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.liaison.profile.CouncilProfile;
import org.liaison.profile.CouncilProfiles;

/**
 * Feeds the council profile that {@code liaison.council-profile} (LIAISON_COUNCIL_PROFILE) selects into the service's
 * configuration, so that every {@code @ConfigMapping} ({@code liaison.council}, {@code liaison.sla}, {@code liaison.media},
 * {@code liaison.notice} ...) reads the council's values. Its ordinal sits above application.properties (250) and below
 * environment variables (300) and system properties (400): a profile wins over a service's built-in defaults, and one
 * setting can still be overridden for one deployment. A profile Liaison cannot read stops the service at start, the
 * message naming the file and line logged at ERROR first ({@link CouncilProfiles#loadAtStart}).
 */
public class CouncilProfileConfigSourceFactory implements ConfigSourceFactory {

    public static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue selected = context.getValue(CouncilProfiles.SELECTOR);
        CouncilProfile profile = CouncilProfiles.loadAtStart(selected == null ? null : selected.getValue());
        return List.of(new MapBackedConfigSource("council profile " + profile.location(), profile.configProperties(),
                ORDINAL) {
        });
    }
}
