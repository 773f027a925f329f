package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;

/**
 * ward-notify-service on a council profile unlike liaison-default (src/test/resources/a-shorter-notice-council.yaml):
 * a minimum notice of 5 clear working days (P11) and close of business at 16:00 (P14). PublicMeetingChangesTest and
 * DigestAndComplianceTest prove liaison-default's 10 days and 17:00.
 */
@QuarkusTest
@TestProfile(CouncilProfileNotifyTest.AShorterNoticeCouncil.class)
class CouncilProfileNotifyTest {

    public static class AShorterNoticeCouncil implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "src/test/resources/a-shorter-notice-council.yaml");
        }
    }

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static io.restassured.response.ValidatableResponse register(Map<String, Object> matter) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(matter)
                .when().post("/matters").then().statusCode(201);
    }

    private static Map<String, Object> meeting(String ward, String title, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "PUBLIC_MEETING", "title", title, "startsAt", startsAt,
                "endsAt", endsAt, "wardCodes", List.of(ward)));
        body.put("location", "Town Hall, Room 2");
        return body;
    }

    @Tag("NTF-1")
    @Test
    void NTF_1_notice_is_short_below_the_profiles_minimum() {
        String ward = directory.ward("Abbey");
        clock.set(Instant.parse("2027-01-11T10:00:00Z")); // Monday 11 January 2027
        // Friday 22 January: 8 clear working days, short under liaison-default's 10, enough under this profile's 5
        register(meeting(ward, "Enough notice here", "2027-01-22T18:00:00Z", "2027-01-22T19:00:00Z"))
                .body("noticeWorkingDays", equalTo(8)).body("shortNotice", equalTo(false))
                .body("minimumNoticeWorkingDays", equalTo(5));
        // Monday 18 January: 12 to 15 January = 4 clear working days → short
        register(meeting(ward, "Short notice", "2027-01-18T18:00:00Z", "2027-01-18T19:00:00Z"))
                .body("noticeWorkingDays", equalTo(4)).body("shortNotice", equalTo(true));
    }

    @Tag("HUB-6")
    @Test
    void HUB_6_a_compliance_deadline_falls_at_the_profiles_close_of_business() {
        String ward = directory.ward("Castle");
        clock.set(Instant.parse("2027-01-11T10:00:00Z")); // Monday: told by the next working day's close of business
        String id = register(new HashMap<>(Map.of("kind", "EXECUTIVE_DECISION", "title", "Library hours",
                "description", "Saturday opening extended.", "wardCodes", List.of(ward)))).extract().path("id");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + id + "/compliance")
                .then().statusCode(200).body("deadline", equalTo("2027-01-12T16:00:00Z"));
    }

    @Test
    void the_profile_in_force_is_shown() {
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/council-profile").then().statusCode(200)
                .body("name", equalTo("a-shorter-notice-council"))
                .body("settings.find { it.key == 'notices.public-meeting.minimum-working-days' }.value", equalTo(5))
                .body("settings.find { it.key == 'notices.consultation.ward-councillors' }.enforced", equalTo(true));
    }
}
