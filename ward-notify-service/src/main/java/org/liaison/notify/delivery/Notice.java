package org.liaison.notify.delivery;

import java.time.Instant;
import java.util.List;
import org.liaison.infrastructure.council.CouncilTime;

/**
 * A short email that tells one person what happened and what, if anything, they should do: a subject, paragraphs
 * and a few labelled facts, rendered by the {@link Notices} templates (HTML and text; every value escaped in HTML).
 * Kept as the notification's context, so a retry sends exactly what was first composed.
 */
public record Notice(String subject, List<String> paragraphs, List<Fact> facts) {

    public record Fact(String label, String value) {
    }

    public Notice {
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
    }

    /** An instant as people in the council read it: the council's time, spelt out, the zone named. */
    public static String when(Instant instant) {
        return CouncilTime.spelt(instant, CouncilTime.zone());
    }
}
