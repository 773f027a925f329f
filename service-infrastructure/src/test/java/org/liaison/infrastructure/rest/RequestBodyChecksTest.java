package org.liaison.infrastructure.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies are read strictly (issue 11 item 4; docs/input-limits.md). */
class RequestBodyChecksTest {

    record Councillor(String displayName, @MultiLine String notes, List<String> wardCodes, LocalDate termStart,
            OffsetDateTime startsAt) {
    }

    private final ObjectMapper mapper = RequestBodyChecks.strict(new ObjectMapper().registerModule(new JavaTimeModule()),
            () -> DateWindow.on(LocalDate.of(2026, 12, 2)));

    private Councillor read(String json) throws JsonProcessingException {
        return mapper.readValue(json, Councillor.class);
    }

    @Test
    void a_valid_body_is_read_as_it_is() throws JsonProcessingException {
        Councillor read = read("{\"displayName\":\"Cllr Siân O'Brien\",\"notes\":\"Line one\\r\\nLine two\","
                + "\"wardCodes\":[\"E05012345\"],\"termStart\":\"2026-05-07\",\"startsAt\":\"2031-04-01T18:00:00Z\"}");
        assertEquals("Cllr Siân O'Brien", read.displayName());
        assertEquals("Line one\r\nLine two", read.notes());
        assertEquals(List.of("E05012345"), read.wardCodes());
    }

    @Test
    void a_display_name_with_cr_lf_and_quotes_is_refused_naming_the_field() {
        JsonMappingException e = assertThrows(RefusedInputException.class,
                () -> read("{\"displayName\":\"Ada\\r\\nBcc: x@example.org \\\"q\\\"\"}"));
        assertEquals("displayName", e.getPath().get(0).getFieldName());
        assertTrue(e.getOriginalMessage().contains("one line"), e.getOriginalMessage());
    }

    @Test
    void nul_is_refused_in_a_body_of_text_and_in_a_list_element() {
        assertThrows(RefusedInputException.class, () -> read("{\"notes\":\"a\\u0000b\"}"));
        assertThrows(RefusedInputException.class, () -> read("{\"wardCodes\":[\"a\\u0000b\"]}"));
    }

    @Test
    void a_number_or_an_object_is_not_taken_for_a_string() {
        assertThrows(JsonMappingException.class, () -> read("{\"displayName\":12345}"));
        assertThrows(JsonMappingException.class, () -> read("{\"displayName\":{\"a\":1}}"));
    }

    @Test
    void dates_outside_the_window_are_refused() {
        assertThrows(RefusedInputException.class, () -> read("{\"termStart\":\"+999999999-12-31\"}"));
        assertThrows(RefusedInputException.class, () -> read("{\"termStart\":\"0001-01-01\"}"));
        assertThrows(RefusedInputException.class, () -> read("{\"startsAt\":\"4026-04-01T18:00:00Z\"}"));
        assertThrows(JsonMappingException.class, () -> read("{\"termStart\":\"2026-02-30\"}"));
        // not a count of days or seconds since 1970, nor an array of fields
        assertThrows(JsonMappingException.class, () -> read("{\"termStart\":12345}"));
        assertThrows(JsonMappingException.class, () -> read("{\"termStart\":[2026,5,7]}"));
        assertThrows(JsonMappingException.class, () -> read("{\"startsAt\":1900000000}"));
    }

    @Test
    void ten_thousand_nested_arrays_are_refused_by_the_parser() {
        assertThrows(JsonProcessingException.class, () -> read("{\"wardCodes\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}"));
    }
}
