package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CouncilCalendarPageTest {

    @Test
    void the_bank_holidays_imported_are_counted_by_nation_in_words() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("ENGLAND_AND_WALES", 8);
        counts.put("SCOTLAND", 9);
        counts.put("NORTHERN_IRELAND", 10);
        assertEquals("Imported 27 bank holidays: England and Wales 8, Scotland 9, Northern Ireland 10",
                CouncilCalendarPage.imported(counts));
        assertEquals("Imported 1 bank holiday: Scotland 1", CouncilCalendarPage.imported(Map.of("SCOTLAND", 1)));
    }
}
