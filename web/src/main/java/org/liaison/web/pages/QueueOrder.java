package org.liaison.web.pages;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaison.web.api.Enquiry;

/**
 * The order of an officer's queue: overdue enquiries first, the longest overdue at the top, then the rest by due date,
 * soonest first (ties by reference). Which are overdue is the service's answer, not a clock of this app.
 */
final class QueueOrder {

    /** An enquiry of the queue and whether the service counts it overdue. */
    record Queued(Enquiry enquiry, boolean overdue) {
    }

    private static final Comparator<Enquiry> DUE_SOONEST = Comparator
            .comparing(Enquiry::dueAt, Comparator.nullsLast(Instant::compareTo))
            .thenComparing(Enquiry::reference, Comparator.nullsLast(String::compareTo));

    private QueueOrder() {
    }

    /** {@code overdue} and {@code open} may overlap (an enquiry fell due between the two reads): overdue wins. */
    static List<Queued> of(List<Enquiry> overdue, List<Enquiry> open) {
        Set<String> overdueIds = overdue.stream().map(Enquiry::id).collect(Collectors.toSet());
        return Stream.concat(
                overdue.stream().sorted(DUE_SOONEST).map(e -> new Queued(e, true)),
                open.stream().filter(e -> !overdueIds.contains(e.id())).sorted(DUE_SOONEST).map(e -> new Queued(e, false)))
                .toList();
    }
}
