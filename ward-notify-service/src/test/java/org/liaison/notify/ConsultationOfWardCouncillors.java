package org.liaison.notify;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaison.embedded.DevTokens;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;

/** What the NTF-2 tests under each consultation policy (P12) share: a ward with one councillor, and the calls. */
final class ConsultationOfWardCouncillors {

    final String ward;
    final String councillorId;
    final String email;
    private final SmtpServer smtp;

    ConsultationOfWardCouncillors(DirectoryFixture directory, SmtpServer smtp) {
        this.smtp = smtp;
        ward = directory.ward("Consultation Ward");
        email = "cllr." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        councillorId = directory.publish(NotifyRecords.councillor("Cllr Ada Price", email, ward)).id();
    }

    /** A consultation opening on 15 February 2027 and closing on 15 March; {@code consult}: null leaves it out. */
    ValidatableResponse register(String title, Boolean consult) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "CONSULTATION", "title", title,
                "startsAt", "2027-02-15T09:00:00Z", "endsAt", "2027-03-15T17:00:00Z", "wardCodes", List.of(ward)));
        if (consult != null) {
            body.put("consultWardCouncillors", consult);
        }
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).contentType(ContentType.JSON).body(body)
                .when().post("/matters").then();
    }

    /** The councillor's own call: their views on the consultation. */
    ValidatableResponse giveViews(String matterId, String views) {
        return given().auth().oauth2(DevTokens.mint(councillorId, "councillor")).contentType(ContentType.JSON)
                .body(Map.of("views", views)).when().put("/councillors/" + councillorId + "/matters/" + matterId + "/views")
                .then();
    }

    ValidatableResponse compliance(String matterId) {
        return given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters/" + matterId + "/compliance")
                .then().statusCode(200);
    }

    /** The text of the consultation's email to the councillor. */
    String emailText(String title) throws Exception {
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Consultation in your ward: " + title), Duration.ofSeconds(90));
        return SmtpServer.textOf(mail, "text/plain");
    }
}
