package org.liaison.notify.delivery;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.liaison.infrastructure.time.ClockProducer;

/**
 * A short email that tells one person what happened and what, if anything, they should do: a subject, paragraphs
 * and a few labelled facts, rendered by the {@link Notices} templates (HTML and text; every value escaped in HTML).
 * Kept as the notification's context, so a retry sends exactly what was first composed.
 */
public record Notice(String subject, List<String> paragraphs, List<Fact> facts) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    public record Fact(String label, String value) {
    }

    public Notice {
        paragraphs = List.copyOf(paragraphs);
        facts = List.copyOf(facts);
    }

    /** An instant as people in the council read it: London time, spelt out. */
    public static String when(Instant instant) {
        return instant == null ? "" : instant.atZone(ClockProducer.LONDON).format(WHEN) + " (UK time)";
    }
}
