package org.liaison.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.embedded.SmtpServer;
import org.liaison.embedded.TopicReader;
import org.liaison.embedded.quarkus.InjectSmtpServer;
import org.liaison.events.enquiry.EnquiryClosedWithoutAnswer;
import org.liaison.events.enquiry.EnquiryDeclineDisputed;
import org.liaison.events.enquiry.EnquiryDisputeDecided;
import org.liaison.events.enquiry.EnquiryReassigned;

/** Reassignment, withdrawal and disputed declines reach the people they concern: enquiry.events → hub → SMTP. */
@QuarkusTest
class EnquiryNoticesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @InjectSmtpServer
    SmtpServer smtp;

    @Inject
    ObjectMapper json;

    @Test
    void a_reassigned_enquiry_is_emailed_to_its_new_officer_and_the_councillor_is_told_who_has_it() throws Exception {
        String tag = tag();
        String officer = "new.officer." + tag + "@council.example";
        String councillor = "cllr." + tag + "@members.council.example";
        String enquiryId = UUID.randomUUID().toString();
        publish(enquiryId, EnquiryReassigned.TYPE, new EnquiryReassigned(enquiryId, "ENQ-2027-000410", "old-" + tag, "new-" + tag,
                "Nia Nash", "Kim is on long-term leave", "head-" + tag, Instant.parse("2027-01-12T10:00:00Z"), officer,
                "Bins <not> collected", Instant.parse("2027-01-18T17:00:00Z"), "cllr-" + tag, "Cllr Ada Price", councillor));

        MimeMessage toOfficer = smtp.awaitMessage(m -> SmtpServer.sentTo(m, officer), Duration.ofSeconds(60));
        assertEquals("Enquiry ENQ-2027-000410 is now yours: Bins <not> collected", toOfficer.getSubject());
        String text = SmtpServer.textOf(toOfficer, "text/plain");
        assertTrue(text.contains("Due: Monday 18 January 2027, 17:00 (UK time)"), text);
        assertTrue(text.contains("Why you: Kim is on long-term leave"), text);
        assertTrue(SmtpServer.textOf(toOfficer, "text/html").contains("Bins &lt;not&gt; collected"), "typed text is escaped");
        MimeMessage toCouncillor = smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillor), Duration.ofSeconds(60));
        assertTrue(SmtpServer.textOf(toCouncillor, "text/plain").contains("Nia Nash is now dealing with your enquiry"));
    }

    @Test
    void a_withdrawn_enquiry_tells_its_officer_to_stop() throws Exception {
        String tag = tag();
        String officer = "officer." + tag + "@council.example";
        String enquiryId = UUID.randomUUID().toString();
        publish(enquiryId, EnquiryClosedWithoutAnswer.WITHDRAWN, new EnquiryClosedWithoutAnswer(enquiryId, "ENQ-2027-000411",
                "cllr-" + tag, "Cllr Ben Okafor", "ben@members.council.example", "Hedge on Elm Road", "Kim Key", null, null,
                Instant.parse("2027-01-12T10:00:00Z"), "officer-" + tag, officer, null));
        MimeMessage mail = smtp.awaitMessage(m -> SmtpServer.sentTo(m, officer), Duration.ofSeconds(60));
        assertEquals("Enquiry ENQ-2027-000411 withdrawn: Hedge on Elm Road", mail.getSubject());
        assertTrue(SmtpServer.textOf(mail, "text/plain").contains("Cllr Ben Okafor has withdrawn this enquiry"));
    }

    @Tag("ENQ-11")
    @Test
    void ENQ_11_a_disputed_decline_goes_to_the_chief_executive_and_the_decision_to_the_councillor_and_officer()
            throws Exception {
        String tag = tag();
        String chiefExecutive = "ce." + tag + "@council.example";
        String councillor = "cllr." + tag + "@members.council.example";
        String officer = "officer." + tag + "@council.example";
        String enquiryId = UUID.randomUUID().toString();
        publish(enquiryId, EnquiryDeclineDisputed.TYPE, new EnquiryDeclineDisputed(enquiryId, "ENQ-2027-000412", "cllr-" + tag,
                "Cllr Maya Chen", "Consultants' fees", "Kim Key", "UNREASONABLE_RESOURCES", "Ten years of invoices.",
                "Only last year's total is needed.", "ce-" + tag, "Dana Chief", chiefExecutive, Instant.parse("2027-01-12T10:00:00Z"),
                null));
        MimeMessage toChief = smtp.awaitMessage(m -> SmtpServer.sentTo(m, chiefExecutive), Duration.ofSeconds(60));
        assertEquals("Disputed decline of enquiry ENQ-2027-000412: Consultants' fees", toChief.getSubject());
        String text = SmtpServer.textOf(toChief, "text/plain");
        assertTrue(text.contains("Councillor's grounds: Only last year's total is needed."), text);
        assertTrue(text.contains("Reason: providing it would take an unreasonable amount of the council's resources"), text);
        assertTrue(text.contains("a disputed decline is decided by the Chief Executive."), "an event that names no decider: " + text);

        publish(enquiryId, EnquiryDisputeDecided.TYPE, new EnquiryDisputeDecided(enquiryId, "ENQ-2027-000412", "cllr-" + tag,
                "Cllr Maya Chen", councillor, "Consultants' fees", EnquiryDisputeDecided.Outcome.OVERTURNED,
                "Last year's total is easily found.", "Dana Chief", "officer-" + tag, "Kim Key", officer,
                Instant.parse("2027-01-19T17:00:00Z"), Instant.parse("2027-01-12T11:00:00Z"), "the Head of Paid Service"));
        MimeMessage toCouncillor = smtp.awaitMessage(m -> SmtpServer.sentTo(m, councillor), Duration.ofSeconds(60));
        assertEquals("Your dispute of enquiry ENQ-2027-000412: decline overturned", toCouncillor.getSubject());
        assertTrue(SmtpServer.textOf(toCouncillor, "text/plain").contains("The Head of Paid Service has considered your "
                + "dispute and overturned the decline"), "the profile's decider, not always the chief executive");
        assertTrue(SmtpServer.textOf(toCouncillor, "text/plain").contains("Reply due by: Tuesday 19 January 2027, 17:00"));
        MimeMessage toOfficer = smtp.awaitMessage(m -> SmtpServer.sentTo(m, officer), Duration.ofSeconds(60));
        assertEquals("Decline overturned: please answer enquiry ENQ-2027-000412", toOfficer.getSubject());
        assertTrue(SmtpServer.textOf(toOfficer, "text/plain").contains("The Head of Paid Service has overturned the decline"));
    }

    private void publish(String key, String type, Object event) throws Exception {
        new TopicReader(bootstrapServers).publish("enquiry.events", key, UUID.randomUUID().toString(), type,
                json.writeValueAsString(event));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
