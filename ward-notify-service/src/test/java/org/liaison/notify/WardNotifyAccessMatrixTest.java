package org.liaison.notify;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.quarkus.AccessMatrixContract;
import org.liaison.notify.delivery.Notification;

/**
 * Who may call what on ward-notify-service (docs/access.md): members' services and admins register ward matters and
 * watch the mail; the communications team and the chief executive read matters; the replica of the ward's councillors
 * (emails included) is for those staff only, not for every signed-in caller; a councillor keeps their own preferences
 * (HUB-5) and reads the ward matters that concern them, with a meeting's calendar event (NTF-1); another councillor's
 * are refused.
 */
@QuarkusTest
class WardNotifyAccessMatrixTest extends AccessMatrixContract {

    private final DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    private String councillor;
    private String otherCouncillor;

    /** The matrix, also read by the hostile-input test to find a caller who is let in. */
    static final String MATRIX = """
            operation                              | councillor        | officer | members-services | comms | chief-executive | monitoring-officer | admin | none
            GET /matters                           | 403               | 403     | ok               | ok    | ok              | 403                | ok    | 403
            POST /matters                          | 403               | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /matters/{id}                      | 403               | 403     | ok               | ok    | ok              | 403                | ok    | 403
            PUT /matters/{id}                      | 403               | 403     | ok               | 403   | 403             | 403                | ok    | 403
            POST /matters/{id}/cancel              | 403               | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /matters/{id}/compliance           | 403               | 403     | ok               | 403   | ok              | 403                | ok    | 403
            GET /compliance/report                 | 403               | 403     | ok               | 403   | ok              | 403                | ok    | 403
            GET /notifications                     | 403               | 403     | ok               | 403   | 403             | 403                | ok    | 403
            POST /notifications/{id}/resend        | 403               | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /preferences/{councillorId}        | own ok, other 403 | 403     | ok               | 403   | 403             | 403                | ok    | 403
            PUT /preferences/{councillorId}        | own ok, other 403 | 403     | ok               | 403   | 403             | 403                | ok    | 403
            GET /wards/{code}/councillors          | 403               | 403     | ok               | ok    | ok              | 403                | ok    | 403
            GET /councillors/{councillorId}/matters | own ok, other 403 | 403    | ok               | 403   | 403             | 403                | ok    | 403
            GET /councillors/{councillorId}/matters/{matterId}/calendar | own ok, other 403 | 403 | ok | 403 | 403 | 403            | ok    | 403
            PUT /councillors/{councillorId}/matters/{matterId}/views | own ok, other 403 | 403 | ok | 403 | 403 | 403               | ok    | 403
            GET /council-profile                   | ok                | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            GET /me                                | ok                | ok      | ok               | ok    | ok              | ok                 | ok    | 403
            """;

    @Override
    protected String matrix() {
        return MATRIX;
    }

    @Override
    protected Map<String, String> arrange() {
        String ward = directory.ward("Access Matrix Ward");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        councillor = directory.publish(NotifyRecords.councillor("Cllr Ada Price", "ada." + tag + "@members.council.example", ward)).id();
        otherCouncillor = directory.publish(NotifyRecords.councillor("Cllr Ben Okafor", "ben." + tag + "@members.council.example",
                directory.ward("Another Ward"))).id();
        String matter = given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "PUBLIC_MEETING", "title", "Access matrix meeting " + tag, "startsAt", "2031-04-01T18:00:00Z",
                        "endsAt", "2031-04-01T19:00:00Z", "wardCodes", List.of(ward)))
                .when().post("/matters").then().statusCode(201).extract().path("id");
        Notification sent = Notifications.awaitStatus(matter, Notification.Status.SENT);
        return Map.of("matters:id", matter, "notifications:id", sent.id.toString(), "councillorId", councillor, "code", ward,
                "matterId", matter);
    }

    @Override
    protected String caller(String role, Whose whose) {
        return switch (role) {
            case "councillor" -> whose == Whose.OWN ? councillor : otherCouncillor;
            default -> role + "-caller";
        };
    }
}
