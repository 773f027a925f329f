package org.liaison.infrastructure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates are bounded to a window: 2000-01-01 to ten years after today (issue 11 item 4; docs/input-limits.md). */
class DateWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private final DateWindow window = DateWindow.on(TODAY);

    @Test
    void dates_from_2000_to_ten_years_ahead_are_accepted() {
        assertEquals(Optional.empty(), window.refusal(LocalDate.of(2000, 1, 1)));
        assertEquals(Optional.empty(), window.refusal(TODAY));
        assertEquals(Optional.empty(), window.refusal(LocalDate.of(2036, 12, 2)));
        assertEquals(Optional.empty(), window.refusal(Instant.parse("2036-12-02T23:59:59Z")));
    }

    @Test
    void dates_at_the_calendars_ends_and_just_outside_the_window_are_refused() {
        assertTrue(window.refusal(LocalDate.of(1999, 12, 31)).isPresent());
        assertTrue(window.refusal(LocalDate.of(2036, 12, 3)).isPresent());
        assertTrue(window.refusal(LocalDate.of(1, 1, 1)).isPresent());
        assertTrue(window.refusal(LocalDate.MAX).isPresent());
        assertTrue(window.refusal(LocalDate.MIN).isPresent());
        assertTrue(window.refusal(Instant.MAX).isPresent());
        assertTrue(window.refusal(Instant.parse("0001-01-01T00:00:00Z")).isPresent());
        assertTrue(window.refusal(Instant.parse("2036-12-03T00:00:00Z")).isPresent());
    }
}
