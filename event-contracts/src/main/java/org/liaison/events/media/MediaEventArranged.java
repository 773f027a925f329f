package org.liaison.events.media;

import java.time.Instant;
import java.util.List;

/**
 * {@code liaison.media.media-event-arranged.v1} on {@code media.events}, keyed by media event id (MR-11): the
 * councillors involved and a representative of every political group, each to be invited by email.
 */
public record MediaEventArranged(String eventId, String title, Instant at, List<Invitee> invitees) {

    public static final String TYPE = "liaison.media.media-event-arranged.v1";

    public MediaEventArranged {
        invitees = invitees == null ? List.of() : List.copyOf(invitees);
    }

    /** {@code why}: "involved", or "representative of <group>". */
    public record Invitee(String councillorId, String name, String email, String why) {
    }
}
