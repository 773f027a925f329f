package org.liaison.notify.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liaison.calendar.OfficeHours;
import org.liaison.infrastructure.council.CouncilSettings;
import org.liaison.infrastructure.council.CouncilTime;
import org.liaison.notify.replica.OfficerReplica;

/**
 * HUB-3 (ENQ-9): mail to an officer leaves only within their working hours; outside them it waits for the next
 * start. Councillors, and anyone the directory publishes no hours for, are written to at once. Hours are the
 * council's local time ({@code liaison.council.zone}).
 */
@ApplicationScoped
public class QuietHours {

    private final ZoneId zone;

    QuietHours(CouncilSettings council) {
        this.zone = council.zone();
    }

    /** A hold on one email: until when, and why in words for the notification log. */
    public record Hold(Instant until, String reason) {
    }

    /** Empty if mail to {@code recipientId} may go at {@code now}; otherwise until when it waits. */
    public Optional<Hold> holdFor(String recipientId, Instant now) {
        OfficerReplica officer = recipientId == null ? null : OfficerReplica.findById(recipientId);
        return officer == null ? Optional.empty() : holdFor(officer, now);
    }

    /** The holds on mail to any of {@code recipientIds} at {@code now}, by recipient, in one query. */
    public Map<String, Hold> holdsFor(Collection<String> recipientIds, Instant now) {
        if (recipientIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Hold> holds = new HashMap<>();
        for (OfficerReplica officer : OfficerReplica.<OfficerReplica>list("id in ?1", Set.copyOf(recipientIds))) {
            holdFor(officer, now).ifPresent(hold -> holds.put(officer.id, hold));
        }
        return holds;
    }

    private Optional<Hold> holdFor(OfficerReplica officer, Instant now) {
        Optional<OfficeHours> hours = officer.officeHours();
        if (hours.isEmpty() || hours.get().within(now, zone)) {
            return Optional.empty();
        }
        Instant until = hours.get().nextWithin(now, zone);
        return Optional.of(new Hold(until, "Outside " + officer.displayName + "'s working hours; held until "
                + CouncilTime.spelt(until, zone) + " (HUB-3)"));
    }
}
