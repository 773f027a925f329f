package org.liaison.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads GOV.UK's {@code bank-holidays.json}: {@code {"england-and-wales": {"division": ..., "events":
 * [{"title", "date", "notes", "bunting"}]}, "scotland": ..., "northern-ireland": ...}}. GOV.UK is the
 * authoritative list; it carries one-off holidays (such as Scotland's 15 June 2026) as soon as they are
 * announced.
 */
public final class GovUkBankHolidays {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GovUkBankHolidays() {
    }

    public static Map<Nation, Map<LocalDate, String>> parse(InputStream json) {
        try {
            return parse(JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not readable as JSON: " + e.getMessage(), e);
        }
    }

    public static Map<Nation, Map<LocalDate, String>> parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("Expected GOV.UK's bank-holidays.json: an object keyed by division");
        }
        Map<Nation, Map<LocalDate, String>> holidays = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            JsonNode division = root.get(nation.govUkDivision());
            if (division == null) {
                continue;
            }
            JsonNode events = division.get("events");
            if (events == null || !events.isArray()) {
                throw new IllegalArgumentException(nation.govUkDivision() + " has no events list");
            }
            Map<LocalDate, String> dates = new TreeMap<>();
            for (JsonNode event : events) {
                String title = event.path("title").asText("").strip();
                String date = event.path("date").asText("");
                try {
                    dates.put(LocalDate.parse(date), title.isEmpty() ? "Bank holiday" : title);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(nation.govUkDivision() + ": '" + date + "' is not a date (yyyy-MM-dd)");
                }
            }
            holidays.put(nation, dates);
        }
        if (holidays.isEmpty()) {
            throw new IllegalArgumentException("No division found: expected england-and-wales, scotland or northern-ireland");
        }
        return holidays;
    }
}
