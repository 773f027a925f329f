package org.liaison.profile;

import java.util.List;

/**
 * One setting of a council profile as read: its value, the line it was on, and whether Liaison honours it today.
 *
 * @param key         the setting's dotted name, e.g. {@code enquiries.response.working-days}
 * @param point       where the seed protocols differ (PROFILES.md, P1 to P14), or empty for the profile's own name
 * @param rules       the SPEC rule ids the setting bears on, e.g. {@code ENQ-1}
 * @param value       a {@code String}, an {@code Integer}, a {@code Boolean} or a {@code List<String>}
 * @param line        the line of the profile file it was read from
 * @param enforced    true when the code honours this value today; false when it is only shown
 * @param enforcement what honours it, or why it is not yet enforced
 * @param description what the setting means, in a council officer's words
 */
public record Setting(String key, String point, List<String> rules, Object value, int line, boolean enforced,
        String enforcement, String description) {

    /** What an empty list becomes in configuration, where an empty value would mean "not set" and bring back a default. */
    public static final String EMPTY_LIST = "NONE";

    /** The value as a configuration property value: a list comma-separated, an empty list {@value #EMPTY_LIST}. */
    public String configValue() {
        if (value instanceof List<?> list && list.isEmpty()) {
            return EMPTY_LIST;
        }
        if (value instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }
}
