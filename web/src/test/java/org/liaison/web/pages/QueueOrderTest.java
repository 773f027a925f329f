package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Enquiry;

class QueueOrderTest {

    @Test
    void overdue_first_longest_overdue_at_the_top_then_the_rest_due_soonest_first() {
        Enquiry dueFriday = enquiry("ENQ-2027-000004", "2027-03-12T17:00:00Z");
        Enquiry dueTomorrow = enquiry("ENQ-2027-000003", "2027-03-11T17:00:00Z");
        Enquiry overdueSinceMonday = enquiry("ENQ-2027-000002", "2027-03-08T17:00:00Z");
        Enquiry overdueSinceLastWeek = enquiry("ENQ-2027-000001", "2027-03-03T17:00:00Z");

        List<QueueOrder.Queued> queue = QueueOrder.of(List.of(overdueSinceMonday, overdueSinceLastWeek),
                List.of(dueFriday, dueTomorrow));

        assertEquals(List.of("ENQ-2027-000001", "ENQ-2027-000002", "ENQ-2027-000003", "ENQ-2027-000004"),
                queue.stream().map(q -> q.enquiry().reference()).toList());
        assertEquals(List.of(true, true, false, false), queue.stream().map(QueueOrder.Queued::overdue).toList());
    }

    @Test
    void an_enquiry_read_both_as_overdue_and_as_open_is_listed_once_as_overdue() {
        Enquiry fellDue = enquiry("ENQ-2027-000007", "2027-03-10T17:00:00Z");
        List<QueueOrder.Queued> queue = QueueOrder.of(List.of(fellDue), List.of(fellDue));
        assertEquals(List.of(new QueueOrder.Queued(fellDue, true)), queue);
    }

    private static Enquiry enquiry(String reference, String dueAt) {
        return new Enquiry(reference.toLowerCase(), reference, "cllr", "Subject", null, "ENV", null, "WARD_ISSUE", "ORDINARY", false,
                false, Instant.parse("2027-03-01T10:00:00Z"), Instant.parse(dueAt), "officer", null, "ASSIGNED", 0, null, null, null);
    }
}
