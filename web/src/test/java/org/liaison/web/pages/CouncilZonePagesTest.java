package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.quarkus.OidcTestResource;
import org.liaison.web.api.CouncillorMatter;

/**
 * The web app on a council profile whose {@code calendar.zone} is America/New_York
 * (src/test/resources/a-council-in-new-york.yaml), selected as the services select it: the pages write times, and read
 * typed ones, in the council's zone, not London's. WardMatterRowTest and MatterFormTest show liaison-default's London.
 */
@QuarkusTest
@QuarkusTestResource(OidcTestResource.class)
@TestProfile(CouncilZonePagesTest.ACouncilInNewYork.class)
class CouncilZonePagesTest {

    public static class ACouncilInNewYork implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "src/test/resources/a-council-in-new-york.yaml");
        }
    }

    @Test
    void the_pages_use_the_zone_of_the_council_profile() {
        assertEquals(ZoneId.of("America/New_York"), Formats.zone());
    }

    @Test
    void a_time_is_shown_in_the_councils_zone() {
        Instant due = Instant.parse("2027-01-18T17:00:00Z"); // 17:00 in London, 12:00 in New York
        assertEquals("Monday 18 January 2027, 12:00", Formats.london(due));
        assertEquals("18 Jan 2027, 12:00", Formats.londonShort(due));
        // 03:30 UTC on Tuesday is still Monday evening in New York: one day, not two
        CouncillorMatter meeting = new CouncillorMatter("5f1c2b7e-0d7a-4c1e-9a53-2f3c1b8d9e10", "PUBLIC_MEETING", "NTF-1",
                "Harlem library", null, "Library", Instant.parse("2027-01-18T23:30:00Z"), Instant.parse("2027-01-19T03:30:00Z"),
                List.of("E05999001"), null, null, null, "ACTIVE", Instant.parse("2027-01-04T15:00:00Z"), null, null,
                Instant.parse("2027-01-04T15:00:00Z"), "email", true);
        assertEquals("Monday 18 January 2027, 18:30 to 22:30", WardMatterRow.when(meeting));
    }

    @Test
    void a_typed_time_is_read_in_the_councils_zone() {
        MatterForm.Result typed = MatterForm.from(ReleaseFormTest.typed("kind", "PUBLIC_MEETING", "title", "Harlem library",
                "location", "Library", "startsAtDay", "18", "startsAtMonth", "1", "startsAtYear", "2027",
                "startsAtTime", "18:30", "endsAtTime", "20:00", "wardCodes", "E05999001")).toRegistration();
        assertFalse(typed.errors().any(), typed.errors().toString());
        assertEquals(OffsetDateTime.parse("2027-01-18T18:30-05:00"), typed.registration().startsAt());
        assertEquals(OffsetDateTime.parse("2027-01-18T20:00-05:00"), typed.registration().endsAt());
    }
}
