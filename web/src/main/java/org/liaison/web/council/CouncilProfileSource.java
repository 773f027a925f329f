package org.liaison.web.council;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.liaison.profile.CouncilProfile;
import org.liaison.profile.CouncilProfiles;

/**
 * The web app reads the same council profile as the services ({@code liaison.council-profile}, LIAISON_COUNCIL_PROFILE)
 * for what a page needs of it: the council's calendar ({@code liaison.council.*}, chiefly the zone its times are shown
 * and typed in). At the services' ordinal, so an environment variable still overrides one value; a profile Liaison cannot
 * read stops the app at start, as it stops a service.
 */
public class CouncilProfileSource implements ConfigSourceFactory {

    public static final String ZONE = "liaison.council.zone";
    private static final int ORDINAL = 260;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue selected = context.getValue(CouncilProfiles.SELECTOR);
        CouncilProfile profile = CouncilProfiles.loadAtStart(selected == null ? null : selected.getValue());
        Map<String, String> calendar = profile.configProperties().entrySet().stream()
                .filter(e -> e.getKey().startsWith("liaison.council."))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return List.of(new MapBackedConfigSource("council profile " + profile.location(), calendar, ORDINAL) {
        });
    }

    /** The zone of Liaison's default profile, for code that runs without the app's configuration (unit tests). */
    public static ZoneId defaultZone() {
        return DefaultZone.ZONE;
    }

    private static final class DefaultZone {
        static final ZoneId ZONE = ZoneId.of(CouncilProfiles.load(CouncilProfiles.DEFAULT).configProperties()
                .get(CouncilProfileSource.ZONE));
    }
}
