package org.liaison.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A council's profile as read from its file: every point where the seed protocols differ (PROFILES.md P1 to P14) as a
 * setting, each marked enforced or only shown.
 *
 * @param location where it was read from ({@code classpath:council-profiles/000.yaml} or a file path)
 * @param name     the profile's name, e.g. {@code 000}
 * @param council  the council it describes, in words
 * @param basedOn  the protocol text its values come from
 * @param settings every setting of {@link ProfileSchema}, in the schema's order
 */
public record CouncilProfile(String location, String name, String council, String basedOn, List<Setting> settings) {

    public Setting setting(String key) {
        return settings.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no council profile setting " + key));
    }

    /**
     * The configuration properties the profile sets, e.g. {@code liaison.sla.working-days=5}: what each service's
     * {@code @ConfigMapping}s read. Settings that are only shown set none.
     */
    public Map<String, String> configProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("liaison.council.profile-name", name);
        for (Setting setting : settings) {
            for (String property : ProfileSchema.definition(setting.key()).configProperties()) {
                properties.put(property, setting.configValue());
            }
        }
        return properties;
    }
}
