package org.liaison.notify;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.quarkus.HostileInputContract;
import org.liaison.embedded.quarkus.OpenApiOperations;
import org.liaison.notify.delivery.Notification;

/**
 * No input breaks ward-notify-service (issue 11 item 4; docs/input-limits.md): a meeting thousands of years ahead is
 * refused (it made the service count every day up to it), the compliance report at the calendar's ends, NUL in any
 * text; from a caller the access matrix lets in ({@link WardNotifyAccessMatrixTest#MATRIX}).
 */
@QuarkusTest
class WardNotifyHostileInputTest extends HostileInputContract {

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String councillor;
    private String ward;

    @Override
    protected String matrix() {
        return WardNotifyAccessMatrixTest.MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        ward = directory.ward("Hostile Input Ward");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        councillor = directory.publish(NotifyRecords.councillor("Cllr Hostile Input", "hostile." + tag + "@members.council.example", ward)).id();
        String matter = given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(meeting()).when().post("/matters").then().statusCode(201).extract().path("id");
        Notification sent = Notifications.awaitStatus(matter, Notification.Status.SENT);
        return Map.of("matters:id", matter, "notifications:id", sent.id.toString(), "councillorId", councillor, "code", ward);
    }

    @Override
    protected String caller(String role) {
        return role.equals("councillor") ? councillor : role + "-caller";
    }

    @Override
    protected Object validBody(OpenApiOperations.Operation operation, Map<String, String> values, Map<String, Object> schema) {
        return switch (operation.key()) {
            case "POST /matters", "PUT /matters/{id}" -> meeting();
            default -> super.validBody(operation, values, schema);
        };
    }

    private Map<String, Object> meeting() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "PUBLIC_MEETING");
        body.put("title", "Hostile input meeting");
        body.put("description", "Agenda:\n1. Parking");
        body.put("location", "Town Hall");
        body.put("startsAt", "2031-04-01T18:00:00Z");
        body.put("endsAt", "2031-04-01T19:00:00Z");
        body.put("wardCodes", List.of(ward));
        return body;
    }

    @Test
    void a_meeting_thousands_of_years_ahead_and_a_compliance_report_at_the_calendars_end_are_a_400() {
        ward = directory.ward("Far Future Ward");
        Map<String, Object> body = meeting();
        body.put("startsAt", "4026-04-01T18:00:00Z");
        body.put("endsAt", "4026-04-01T19:00:00Z");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(body)
                .when().post("/matters").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).queryParam("from", "0001-01-01").queryParam("to", "+999999999-12-31")
                .when().get("/compliance/report").then().statusCode(400).contentType("application/problem+json");
    }
}
