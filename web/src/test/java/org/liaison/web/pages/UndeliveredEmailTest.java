package org.liaison.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liaison.web.api.Notification;

class UndeliveredEmailTest {

    private static final Map<String, String> NAMES = Map.of("c-1", "Cllr Ada Price", "o-1", "Isla Hart");

    @Test
    void failed_and_bounced_email_are_listed_together_the_latest_trouble_first() {
        Notification failed = email("n-1", "o-1", "FAILED", "enquiryChase", Instant.parse("2027-03-10T09:00:00Z"), null,
                "535 Authentication failed", null);
        Notification bouncedLater = email("n-2", "c-1", "BOUNCED", "enquiryReply", Instant.parse("2027-03-09T09:00:00Z"),
                Instant.parse("2027-03-11T08:00:00Z"), null, "5.1.1 550 User unknown");

        List<UndeliveredEmail.Row> rows = UndeliveredEmail.rows(List.of(failed), List.of(bouncedLater), NAMES::get);

        assertEquals(List.of("n-2", "n-1"), rows.stream().map(r -> r.email().id()).toList());
        UndeliveredEmail.Row bounced = rows.get(0);
        assertEquals("Cllr Ada Price", bounced.recipient());
        assertEquals("Reply to an enquiry", bounced.about());
        assertEquals("Bounced", bounced.status());
        assertEquals("5.1.1 550 User unknown", bounced.reason());
        assertEquals(Instant.parse("2027-03-11T08:00:00Z"), bounced.when(), "when it bounced, not when it was queued");
        UndeliveredEmail.Row notSent = rows.get(1);
        assertEquals("Isla Hart", notSent.recipient());
        assertEquals("Reminder of an enquiry due", notSent.about());
        assertEquals("Could not be sent", notSent.status());
        assertEquals("535 Authentication failed", notSent.reason());
    }

    @Test
    void a_kind_of_email_the_page_does_not_know_is_shown_by_its_name() {
        assertEquals("Invitation to a public meeting", UndeliveredEmail.about("publicMeetingInvitation"));
        assertEquals("somethingNew", UndeliveredEmail.about("somethingNew"));
    }

    private static Notification email(String id, String recipient, String status, String template, Instant created,
            Instant bouncedAt, String lastError, String bounceReason) {
        return new Notification(id, "enquiry-event:" + id, null, recipient, recipient + "@council.example", status, 5, created,
                created, lastError, bouncedAt, bounceReason, template);
    }
}
