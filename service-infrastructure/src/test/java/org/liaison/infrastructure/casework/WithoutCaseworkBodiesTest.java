package org.liaison.infrastructure.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A dead letter of enquiry.events keeps what an operator needs, and no casework body. */
class WithoutCaseworkBodiesTest {

    private final WithoutCaseworkBodies serializer = new WithoutCaseworkBodies();

    private String dead(Object value) {
        return new String(serializer.serialize("enquiry.events.dlq", value), StandardCharsets.UTF_8);
    }

    @Test
    void a_sealed_or_plain_body_is_withheld_and_the_rest_kept() {
        String letter = dead("{\"enquiryId\":\"e-1\",\"reference\":\"ENQ-2026-000001\",\"sealedBody\":\"eyJhbGciOi.x.y.z.w\","
                + "\"copiedTo\":[{\"id\":\"c-2\"}]}");
        assertFalse(letter.contains("sealedBody"), letter);
        assertTrue(letter.contains("\"reference\":\"ENQ-2026-000001\""), letter);
        assertTrue(letter.contains("\"copiedTo\":[{\"id\":\"c-2\"}]"), letter);
        assertTrue(letter.contains("bodyWithheld"), letter);
        String plain = dead("{\"enquiryId\":\"e-1\",\"body\":\"Mrs X's benefit claim\"}".getBytes(StandardCharsets.UTF_8));
        assertFalse(plain.contains("Mrs X"), plain);
    }

    @Test
    void an_event_without_a_body_is_kept_as_it_was() {
        assertEquals("{\"enquiryId\":\"e-1\",\"subject\":\"Potholes\"}", dead("{\"enquiryId\":\"e-1\",\"subject\":\"Potholes\"}"));
    }

    @Test
    void a_value_that_is_not_a_json_object_is_withheld_whole_with_its_size_and_digest() {
        String letter = dead("Mrs X's benefit claim, not JSON");
        assertFalse(letter.contains("Mrs X"), letter);
        assertTrue(letter.contains("\"withheld\":\"not a JSON object; 31 bytes\""), letter);
        assertTrue(letter.matches(".*\"sha256\":\"[0-9a-f]{64}\".*"), letter);
        assertFalse(dead("[\"Mrs X\"]").contains("Mrs X"));
        assertNull(serializer.serialize("t", null));
    }
}
