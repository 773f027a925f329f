package org.liaison.notify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.DirectoryFixture;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.media.MediaEventArranged;
import org.liaison.events.media.ReleaseApproved;
import org.liaison.events.media.ReleaseClosed;

/** media.events → ward matters and email: NTF-3 press releases and MR-11 media event invitations. */
@QuarkusTest
class MediaEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @Tag("NTF-3")
    @Test
    void NTF_3_an_approved_release_tells_the_ward_councillors_before_issue_and_a_withdrawn_one_is_cancelled() throws Exception {
        DirectoryFixture directory = DirectoryFixture.forServiceUnderTest();
        String ward = directory.ward("Mill");
        String email = "mill." + UUID.randomUUID().toString().substring(0, 8) + "@members.council.example";
        directory.publish(NotifyRecords.councillor("Cllr Ida Moss", email, ward));

        String releaseId = UUID.randomUUID().toString();
        TopicReader kafka = new TopicReader(bootstrapServers);
        kafka.publish("media.events", releaseId, UUID.randomUUID().toString(), ReleaseApproved.TYPE, json.writeValueAsString(
                new ReleaseApproved(releaseId, "Mill Lane bridge reopens", "The bridge reopens on Monday after repairs.",
                        List.of(ward), Instant.parse("2027-07-01T09:00:00Z"), 3, Instant.parse("2027-06-28T10:00:00Z"))));
        MimeMessage told = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Press release about your ward: Mill Lane bridge reopens"), Duration.ofSeconds(90));
        assertTrue(SmtpServer.textOf(told, "text/plain").contains("The bridge reopens on Monday after repairs."));
        // delivery is reported (by the sweep on its timer) once the councillor's email has been accepted: this one
        String toldId = told.getMessageID();
        kafka.await("notify.deliveries", r -> reports(r, releaseId, toldId), Duration.ofSeconds(60));

        // changed and approved again: the councillors are told of the new version, and delivery is reported anew
        kafka.publish("media.events", releaseId, UUID.randomUUID().toString(), ReleaseApproved.TYPE, json.writeValueAsString(
                new ReleaseApproved(releaseId, "Mill Lane bridge reopens", "The bridge reopens on Tuesday, a day later.",
                        List.of(ward), Instant.parse("2027-07-02T09:00:00Z"), 5, Instant.parse("2027-06-29T10:00:00Z"))));
        MimeMessage changed = smtp.awaitMessage(m -> SmtpServer.sentTo(m, email)
                && SmtpServer.subjectOf(m).equals("Changed: Mill Lane bridge reopens"), Duration.ofSeconds(90));
        assertTrue(SmtpServer.textOf(changed, "text/plain").contains("a day later"));
        // ... naming the update, not the first email (NTF-3: told of the version that is issued)
        String changedId = changed.getMessageID();
        kafka.await("notify.deliveries", r -> reports(r, releaseId, changedId), Duration.ofSeconds(60));
        assertEquals(2, kafka.readToEnd("notify.deliveries", r -> reports(r, releaseId, null)).size(),
                "reported once for each approved version");

        kafka.publish("media.events", releaseId, UUID.randomUUID().toString(), ReleaseClosed.WITHDRAWN, json.writeValueAsString(
                new ReleaseClosed(releaseId, "Mill Lane bridge reopens", "WITHDRAWN", "Repairs delayed", clock.instant())));
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, email) && SmtpServer.subjectOf(m).equals("Cancelled: Mill Lane bridge reopens"),
                Duration.ofSeconds(90));
        given().auth().oauth2(NotifyRecords.MEMBERS_SERVICES).when().get("/matters?kind=PRESS_RELEASE&ward=" + ward)
                .then().statusCode(200).body("items[0].sourceReference", equalTo(releaseId))
                .body("items[0].status", equalTo("CANCELLED"));
    }

    @Tag("MR-11")
    @Test
    void MR_11_everyone_invited_to_a_media_event_is_emailed_their_invitation() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String eventId = UUID.randomUUID().toString();
        new TopicReader(bootstrapServers).publish("media.events", eventId, UUID.randomUUID().toString(), MediaEventArranged.TYPE,
                json.writeValueAsString(new MediaEventArranged(eventId, "Recycling centre opening",
                        Instant.parse("2027-06-10T08:00:00Z"), List.of(
                                new MediaEventArranged.Invitee("c1-" + tag, "Cllr Ada Price", "ada." + tag + "@members.council.example", "involved"),
                                new MediaEventArranged.Invitee("c2-" + tag, "Cllr Ben Okafor", "ben." + tag + "@members.council.example",
                                        "representative of Group B")))));
        MimeMessage rep = smtp.awaitMessage(m -> SmtpServer.sentTo(m, "ben." + tag + "@members.council.example"), Duration.ofSeconds(90));
        assertTrue(SmtpServer.textOf(rep, "text/plain").contains("invited as the representative of Group B"));
        smtp.awaitMessage(m -> SmtpServer.sentTo(m, "ada." + tag + "@members.council.example")
                && SmtpServer.subjectOf(m).equals("Invitation: Recycling centre opening"), Duration.ofSeconds(90));
    }

    /** A delivery report of the release on notify.deliveries; naming the email {@code messageId} was sent as, if given. */
    private boolean reports(ConsumerRecord<String, String> record, String releaseId, String messageId) {
        try {
            JsonNode report = json.readTree(record.value());
            if (!releaseId.equals(report.path("sourceReference").asText())) {
                return false;
            }
            if (messageId == null) {
                return true;
            }
            for (JsonNode recipient : report.path("recipients")) {
                if (messageId.equals(recipient.path("messageId").asText())) {
                    return true;
                }
            }
            return false;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
