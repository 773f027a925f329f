package org.liaison.events.media;

import java.time.Instant;
import java.util.List;

/**
 * {@code liaison.media.release-approved.v1} on {@code media.events}, keyed by release id: the content is settled and
 * the release will be issued; ward-notify tells the councillors of its wards before that (NTF-3) and reports delivery
 * on {@code notify.deliveries}, which the issue waits for (MR-8). Sent again if a changed release is approved again.
 */
public record ReleaseApproved(String releaseId, String title, String summary, List<String> wardCodes, Instant plannedIssueAt,
        int version, Instant approvedAt) {

    public static final String TYPE = "liaison.media.release-approved.v1";

    public ReleaseApproved {
        wardCodes = wardCodes == null ? List.of() : List.copyOf(wardCodes);
    }
}
