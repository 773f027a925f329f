package org.liaison.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Delivery status notifications (RFC 3464) as relays write them, for the bounce mailbox's tests (HUB-2). */
public final class Dsn {

    private Dsn() {
    }

    /**
     * What Postfix returns when the recipient's server refused an email: addressed to {@code deliveredTo} (the
     * envelope sender of the email, a per-notification bounce address), with the original's headers.
     */
    public static String postfix(String deliveredTo, String originalMessageId, String recipient, String action,
            String status, String diagnostic) {
        return String.join("\r\n",
                "Return-Path: <>",
                "Delivered-To: " + deliveredTo,
                "From: MAILER-DAEMON@relay.council.example (Mail Delivery System)",
                "Subject: Undelivered Mail Returned to Sender",
                "To: " + deliveredTo,
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status;",
                "\tboundary=\"B1.1773137700/relay.council.example\"",
                "Message-Id: <20270310101600.7F3A2C0@relay.council.example>",
                "",
                "This is a MIME-encapsulated message.",
                "",
                "--B1.1773137700/relay.council.example",
                "Content-Description: Notification",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "This is the mail system at host relay.council.example.",
                "",
                "I'm sorry to have to inform you that your message could not",
                "be delivered to one or more recipients.",
                "",
                "<" + recipient + ">: host mx.members.council.example said: " + diagnostic,
                "",
                "--B1.1773137700/relay.council.example",
                "Content-Description: Delivery report",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; relay.council.example",
                "X-Postfix-Queue-ID: 7F3A2C0",
                "X-Postfix-Sender: rfc822; " + deliveredTo,
                "Arrival-Date: Wed, 10 Mar 2027 10:15:00 +0000 (GMT)",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Original-Recipient: rfc822;" + recipient,
                "Action: " + action,
                "Status: " + status,
                "Remote-MTA: dns; mx.members.council.example",
                // folded as relays fold long fields: at a space, the continuation indented
                "Diagnostic-Code: smtp; " + diagnostic.substring(0, foldAt(diagnostic)),
                "   " + diagnostic.substring(foldAt(diagnostic)),
                "",
                "--B1.1773137700/relay.council.example",
                "Content-Description: Undelivered Message Headers",
                "Content-Type: text/rfc822-headers",
                "",
                "Message-ID: " + originalMessageId,
                "From: Liaison <liaison@council.example>",
                "To: " + recipient,
                "Subject: Public meeting in your ward",
                "",
                "--B1.1773137700/relay.council.example--",
                "");
    }

    private static int foldAt(String text) {
        int space = text.lastIndexOf(' ', 40);
        return space < 0 ? text.length() : space;
    }

    /** An Exchange-style out-of-office reply. */
    public static String outOfOffice(String to) {
        return String.join("\r\n",
                "From: Cllr Away <away@members.council.example>",
                "To: " + to,
                "Subject: Automatic reply: Public meeting in your ward",
                "Auto-Submitted: auto-replied",
                "X-Auto-Response-Suppress: All",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "I am away until Monday with limited access to email.",
                "");
    }

    public static MimeMessage parse(String raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }
}
