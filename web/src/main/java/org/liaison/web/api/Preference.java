package org.liaison.web.api;

import java.util.List;

/**
 * HUB-5: a councillor's choice of a daily digest for informational matters ({@code inDigest}, NTF-5 to NTF-9); the
 * protocol's notices ({@code alwaysImmediate}, NTF-1 to NTF-4) always come at once.
 */
public record Preference(String councillorId, boolean dailyDigest, List<String> inDigest, List<String> alwaysImmediate) {

    public Preference {
        inDigest = inDigest == null ? List.of() : inDigest;
        alwaysImmediate = alwaysImmediate == null ? List.of() : alwaysImmediate;
    }

    /** {@code PUT /preferences/{councillorId}}. */
    public record Choice(Boolean dailyDigest) {
    }
}
