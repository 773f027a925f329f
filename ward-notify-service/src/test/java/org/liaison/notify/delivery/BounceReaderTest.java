package org.liaison.notify.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.liaison.notify.Dsn;

/** HUB-2: what the bounce mailbox holds, read as a person at members' services would. */
class BounceReaderTest {

    private static final String DIAGNOSTIC = "550 5.1.1 <gone@members.council.example>: Recipient address rejected: User unknown";
    private final BounceReader reader = new BounceReader("bounces@council.example");

    @Tag("HUB-2")
    @Test
    void HUB_2_a_failure_report_names_the_notification_by_its_bounce_address() throws Exception {
        UUID id = UUID.randomUUID();
        assertEquals("bounces+" + id + "@council.example", reader.addressFor(id));
        BounceReader.Reading reading = reader.read(Dsn.parse(Dsn.postfix(reader.addressFor(id), "<other@elsewhere>",
                "gone@members.council.example", "failed", "5.1.1", DIAGNOSTIC)));
        BounceReader.Bounce bounce = assertInstanceOf(BounceReader.Bounce.class, reading);
        assertEquals(id, bounce.notificationId());
        assertEquals("gone@members.council.example", bounce.recipient());
        assertEquals("5.1.1", bounce.status());
        assertEquals("5.1.1 " + DIAGNOSTIC, bounce.reason(), "the folded Diagnostic-Code is read whole");
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_without_a_bounce_address_the_returned_message_id_names_it() throws Exception {
        UUID id = UUID.randomUUID();
        BounceReader.Reading reading = reader.read(Dsn.parse(Dsn.postfix("postmaster@council.example", "<" + id + "@liaison>",
                "gone@members.council.example", "failed", "5.1.1", DIAGNOSTIC)));
        assertEquals(id, assertInstanceOf(BounceReader.Bounce.class, reading).notificationId());
    }

    @Tag("HUB-2")
    @Test
    void HUB_2_delay_warnings_auto_replies_and_strangers_mail_are_not_bounces() throws Exception {
        UUID id = UUID.randomUUID();
        BounceReader.Reading delayed = reader.read(Dsn.parse(Dsn.postfix(reader.addressFor(id), "<" + id + "@liaison>",
                "slow@members.council.example", "delayed", "4.4.1", "451 4.4.1 Connection timed out")));
        assertTrue(assertInstanceOf(BounceReader.Other.class, delayed).why().contains("delayed"));
        assertInstanceOf(BounceReader.AutoReply.class, reader.read(Dsn.parse(Dsn.outOfOffice(reader.addressFor(id)))));
        BounceReader.Reading unknown = reader.read(Dsn.parse(Dsn.postfix("postmaster@council.example", "<someone@else>",
                "gone@members.council.example", "failed", "5.1.1", DIAGNOSTIC)));
        assertInstanceOf(BounceReader.Other.class, unknown);
        BounceReader.Reading letter = reader.read(Dsn.parse(String.join("\r\n", "From: resident@example.org",
                "To: bounces@council.example", "Subject: Hello", "Content-Type: text/plain", "", "Is this the council?", "")));
        assertInstanceOf(BounceReader.Other.class, letter);
    }
}
