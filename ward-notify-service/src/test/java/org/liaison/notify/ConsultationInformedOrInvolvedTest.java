package org.liaison.notify;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.quarkus.InjectSmtpServer;

/**
 * NTF-2 on seed 001's profile, {@code notices.consultation.ward-councillors: INFORMED_OR_INVOLVED} (001 §26: "the Ward
 * Members should be informed or involved as appropriate not later than at the outset of the exercise"): the officer
 * registering a consultation says which; informed councillors are told, involved ones are asked for their views.
 */
@QuarkusTest
@TestProfile(ConsultationInformedOrInvolvedTest.Seed001.class)
class ConsultationInformedOrInvolvedTest {

    public static class Seed001 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "001");
        }
    }

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
    void NTF_2_informed_or_involved_refuses_a_consultation_that_does_not_say_which() {
        ward.register("Street lighting", null).statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("NTF-2")).body("errors[0].field", equalTo("consultWardCouncillors"));
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_informed_ward_councillors_are_told_and_give_no_views() throws Exception {
        String id = ward.register("Parking zones", false).statusCode(201).body("councillorsConsulted", equalTo(false))
                .extract().path("id");
        assertTrue(ward.emailText("Parking zones").contains("Ward councillors are told no later than its start."));
        ward.giveViews(id, "I support it.").statusCode(422).body("ruleId", equalTo("NTF-2"));
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_involved_ward_councillors_are_asked_for_their_views_and_give_them() throws Exception {
        String id = ward.register("Tree planting", true).statusCode(201).body("councillorsConsulted", equalTo(true))
                .extract().path("id");
        assertTrue(ward.emailText("Tree planting").contains("the council asks for your views before it closes"));
        ward.giveViews(id, "Plant limes.").statusCode(200).body("consulted", equalTo(true)).body("views", equalTo("Plant limes."));
        ward.compliance(id).body("councillorsConsulted", equalTo(true)).body("councillors[0].viewsGivenAt",
                startsWith("2027-02-01T10:0"));
    }
}
