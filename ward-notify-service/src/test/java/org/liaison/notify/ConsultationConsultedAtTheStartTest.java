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
 * NTF-2 on seed 000's profile, {@code notices.consultation.ward-councillors: CONSULTED_AT_THE_START} (000 §23.15:
 * "it should consult the Councillors for that ward at the start of the consultation"): every consultation consults its
 * ward councillors — the email asks for their views and they record them with it — and one that would only tell them
 * is refused.
 */
@QuarkusTest
@TestProfile(ConsultationConsultedAtTheStartTest.Seed000.class)
class ConsultationConsultedAtTheStartTest {

    public static class Seed000 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("liaison.council-profile", "000");
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
    void NTF_2_consulted_at_the_start_asks_every_ward_councillor_for_views_and_records_them() throws Exception {
        String id = ward.register("Parking zones", null).statusCode(201).body("councillorsConsulted", equalTo(true))
                .body("late", equalTo(false)).extract().path("id");
        String text = ward.emailText("Parking zones");
        assertTrue(text.contains("As a ward councillor you are consulted on it: the council asks for your views before it "
                + "closes, and records them with the consultation"), text);
        ward.giveViews(id, "Residents want permits, not meters.").statusCode(200)
                .body("views", equalTo("Residents want permits, not meters."))
                .body("viewsGivenAt", startsWith("2027-02-01T10:0"));
        clock.set(Instant.parse("2027-02-02T09:00:00Z"));
        ward.giveViews(id, "Permits, and a review after a year.").statusCode(200)
                .body("views", equalTo("Permits, and a review after a year.")).body("viewsGivenAt", startsWith("2027-02-02T09:0"));
        ward.compliance(id).body("councillorsConsulted", equalTo(true))
                .body("councillors[0].outcome", equalTo("ON_TIME"))
                .body("councillors[0].viewsGivenAt", startsWith("2027-02-02T09:0"));
    }

    @Tag("NTF-2")
    @Test
    void NTF_2_consulted_at_the_start_refuses_a_consultation_that_would_only_tell_the_ward_councillors() {
        ward.register("Street lighting", false).statusCode(422).contentType("application/problem+json")
                .body("ruleId", equalTo("NTF-2")).body("errors[0].field", equalTo("consultWardCouncillors"));
    }
}
