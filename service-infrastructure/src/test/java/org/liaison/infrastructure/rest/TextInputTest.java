package org.liaison.infrastructure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a text value may hold (issue 11 item 4; docs/input-limits.md). */
class TextInputTest {

    @Test
    void nul_and_control_characters_are_refused_in_every_field() {
        for (String hostile : new String[] {"a\u0000b", "a\u0007b", "a\u001b[2Jb", "a\u007fb", "a\u0085b"}) {
            assertTrue(TextInput.refusal(hostile, TextInput.Shape.SINGLE_LINE).isPresent(), hostile);
            assertTrue(TextInput.refusal(hostile, TextInput.Shape.MULTI_LINE).isPresent(), hostile);
        }
    }

    @Test
    void line_breaks_and_tabs_are_kept_only_in_bodies_of_text() {
        for (String text : new String[] {"Ada\r\nBcc: x@example.org", "Ada\nPrice", "Ada\rPrice", "Ada\tPrice", "Ada\u2028Price"}) {
            assertTrue(TextInput.refusal(text, TextInput.Shape.SINGLE_LINE).isPresent(), text);
            assertEquals(Optional.empty(), TextInput.refusal(text, TextInput.Shape.MULTI_LINE), text);
        }
    }

    @Test
    void ordinary_text_with_accents_quotes_and_emoji_is_accepted() {
        assertEquals(Optional.empty(), TextInput.refusal("Cllr Siân O'Brien-Ó Dálaigh \"Jo\" 👍", TextInput.Shape.SINGLE_LINE));
        assertEquals(Optional.empty(), TextInput.refusal(null, TextInput.Shape.SINGLE_LINE));
    }

    @Test
    void lone_surrogates_and_over_long_values_are_refused() {
        assertTrue(TextInput.refusal("a\uD800b", TextInput.Shape.MULTI_LINE).isPresent());
        assertTrue(TextInput.refusal("a\uDC00", TextInput.Shape.MULTI_LINE).isPresent());
        assertTrue(TextInput.refusal("x".repeat(TextInput.MAX_SINGLE_LINE + 1), TextInput.Shape.SINGLE_LINE).isPresent());
        assertEquals(Optional.empty(), TextInput.refusal("x".repeat(TextInput.MAX_SINGLE_LINE), TextInput.Shape.SINGLE_LINE));
        assertTrue(TextInput.refusal("x".repeat(11), TextInput.Shape.SINGLE_LINE, 10).isPresent());
    }
}
