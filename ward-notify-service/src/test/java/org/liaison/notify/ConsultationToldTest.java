package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;

/**
 * NTF-2 on liaison-default's {@code notices.consultation.ward-councillors: TOLD_AT_THE_OUTSET} (002 §4.3, 004 §4.2):
 * ward councillors are told of a consultation, and give views on it only when the officer asks for them. The other
 * policies: ConsultationConsultedAtTheStartTest (000), ConsultationInformedOrInvolvedTest (001).
 */
@QuarkusTest
class ConsultationToldTest {

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    TestClock clock;

    DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
    ConsultationOfWardCouncillors ward;

    @BeforeEach
    void aWardWithOneCouncillor() {
        ward = new ConsultationOfWardCouncillors(directory, smtp);
        clock.set(Instant.parse("2027-02-01T10:00:00Z"));
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_told_at_the_outset_tells_the_ward_councillors_and_takes_no_views() throws Exception {
        String id = ward.register("Parking zones", null).statusCode(201).body("councillorsConsulted", equalTo(false))
                .extract().path("id");
        String text = ward.emailText("Parking zones");
        assertTrue(text.contains("Ward councillors are told no later than its start."), text);
        assertFalse(text.contains("your views"), text);
        ward.giveViews(id, "I support it.").statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("NTF-2"));
        ward.compliance(id).body("councillorsConsulted", equalTo(false));
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_told_at_the_outset_still_lets_the_officer_ask_for_the_councillors_views() throws Exception {
        String id = ward.register("Tree planting", true).statusCode(201).body("councillorsConsulted", equalTo(true))
                .extract().path("id");
        assertTrue(ward.emailText("Tree planting").contains("As a ward councillor you are consulted on it: the council asks "
                + "for your views before it closes"));
        ward.giveViews(id, "  Plant limes, not planes.  ").statusCode(200).body("consulted", equalTo(true))
                .body("views", equalTo("Plant limes, not planes.")).body("viewsGivenAt", startsWith("2027-02-01T10:0"));
        ward.compliance(id).body("councillors[0].viewsGivenAt", notNullValue());
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_only_a_consultation_asks_for_views_and_only_its_own_councillor_gives_them() {
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON)
                .body(Map.of("kind", "EXECUTIVE_DECISION", "title", "Library hours", "description", "Saturdays.",
                        "wardCodes", List.of(ward.ward), "consultWardCouncillors", true))
                .when().post("/matters").then().statusCode(400).body("errors[0].field", equalTo("consultWardCouncillors"));
        String id = ward.register("Bus lanes", true).statusCode(201).extract().path("id");
        given().auth().oauth2(org.liaison.embedded.DevTokens.mint("another-councillor", "councillor")).contentType(ContentType.JSON)
                .body(Map.of("views", "Mine.")).when().put("/councillors/" + ward.councillorId + "/matters/" + id + "/views")
                .then().statusCode(403);
        ward.giveViews(id, " ").statusCode(400);
        clock.set(Instant.parse("2027-03-15T17:00:00Z"));
        ward.giveViews(id, "Too late?").statusCode(422).body("ruleId", equalTo("NTF-2"))
                .body("detail", equalTo("The consultation has closed; views can no longer be recorded with it."));
    }
}
