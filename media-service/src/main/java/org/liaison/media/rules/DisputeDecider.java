package org.liaison.media.rules;

import java.util.Map;
import java.util.Optional;
import org.liaison.infrastructure.auth.Roles;

/**
 * MR-9: who decides a disputed release, from the council profile's {@code media.release-dispute-decider} (one of
 * ProfileSchema.DECIDERS_AND_READERS), as the caller role that may act for them. The suite's roles hold three of those
 * offices: the chief executive (who is also the head of paid service: the chief-executive role acts for both) and the
 * monitoring officer. The others are a body (STANDARDS_COMMITTEE), several people (GROUP_LEADERS), a councillor's
 * office the suite's councillor role does not tell apart (LEADER, GROUP_LEADER) or an officer's place relative to
 * someone (DIRECTOR, HEAD_OF_SERVICE, LINE_MANAGER, ANY_OFFICER: no role says which officers decide releases); for
 * those the chief executive decides, as before, and the profile shows the setting as not yet enforced.
 */
public final class DisputeDecider {

    private static final Map<String, String> ROLES = Map.of(
            "CHIEF_EXECUTIVE", Roles.CHIEF_EXECUTIVE,
            "HEAD_OF_PAID_SERVICE", Roles.CHIEF_EXECUTIVE,
            "MONITORING_OFFICER", Roles.MONITORING_OFFICER);

    private DisputeDecider() {
    }

    /** The caller role that acts for {@code decider}, or empty if no one role of the suite does. */
    public static Optional<String> roleFor(String decider) {
        return Optional.ofNullable(decider == null ? null : ROLES.get(decider.strip()));
    }

    /** The caller role that decides: {@code decider}'s, or the chief executive's where the suite has none for it. */
    public static String roleDeciding(String decider) {
        return roleFor(decider).orElse(Roles.CHIEF_EXECUTIVE);
    }
}
