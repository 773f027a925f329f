package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Page;

class PaginationTest {

    private static Page<String> page(int page, int size, long total) {
        return new Page<>(List.of(), page, size, total);
    }

    private static List<String> shown(Pagination p) {
        return p.links().stream().map(l -> l.ellipsis() ? "…" : l.current() ? "[" + l.number() + "]" : "" + l.number()).toList();
    }

    @Test
    void a_list_that_fits_one_page_needs_no_pagination() {
        assertFalse(Pagination.of(page(0, 200, 200), "/releases", Map.of()).needed());
        assertFalse(Pagination.of(page(0, 200, 0), "/releases", Map.of()).needed());
    }

    @Test
    void the_first_and_last_page_the_current_and_its_neighbours_with_ellipses_for_the_rest() {
        assertEquals(List.of("1", "…", "4", "[5]", "6", "…", "10"), shown(Pagination.of(page(4, 50, 500), "/matters", Map.of())));
        assertEquals(List.of("[1]", "2", "…", "10"), shown(Pagination.of(page(0, 50, 500), "/matters", Map.of())));
        assertEquals(List.of("1", "2", "[3]"), shown(Pagination.of(page(2, 50, 101), "/matters", Map.of())));
    }

    @Test
    void links_keep_the_lists_filters_and_number_pages_from_one() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("status", "IN_REVIEW");
        query.put("ward", null);
        Pagination p = Pagination.of(page(1, 200, 450), "/releases", query);
        assertEquals("/releases?status=IN_REVIEW", p.previous());
        assertEquals("/releases?status=IN_REVIEW&page=3", p.next());
        assertEquals(2, p.current());
        Pagination last = Pagination.of(page(2, 200, 450), "/releases", Map.of());
        assertNull(last.next());
        assertEquals(0, Pagination.requested(null));
        assertEquals(0, Pagination.requested(-3));
        assertEquals(2, Pagination.requested(3));
    }
}
