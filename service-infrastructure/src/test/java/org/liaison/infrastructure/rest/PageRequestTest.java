package org.liaison.infrastructure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.liaison.infrastructure.problem.ProblemException;

/** Paging is bounded, so that the offset never leaves int (issue 11 item 4: page=4294968&size=500 was a 500). */
class PageRequestTest {

    @Test
    void pages_past_the_bound_and_sizes_outside_1_to_500_are_refused() {
        assertEquals(400, assertThrows(ProblemException.class, () -> PageRequest.of(4_294_968, 500)).problem().status());
        assertThrows(ProblemException.class, () -> PageRequest.of(PageRequest.MAX_PAGE + 1, 1));
        assertThrows(ProblemException.class, () -> PageRequest.of(-1, 50));
        assertThrows(ProblemException.class, () -> PageRequest.of(0, 0));
        assertThrows(ProblemException.class, () -> PageRequest.of(0, 501));
    }

    @Test
    void the_last_page_allowed_has_an_offset_within_int() {
        PageRequest last = PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE);
        assertEquals(5_000_000L, (long) last.page * last.size);
    }
}
