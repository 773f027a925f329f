package org.liaison.notify.delivery;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what arrives at the bounce address (HUB-2): a delivery status notification (RFC 3464) that says an email
 * failed, an auto-reply (RFC 3834, or the usual out-of-office markers) to be ignored, or anything else. The
 * notification a report is about is found from the address it was sent to — the per-notification bounce address
 * {@code local+<notification id>@domain} that every email carries as its envelope sender — or else from the
 * Message-ID of the returned original, {@code <notification id@liaison>}.
 */
public final class BounceReader {

    /** What one message in the bounce mailbox is. */
    public sealed interface Reading {
    }

    /** The email {@code notificationId} could not be delivered: {@code status} is the RFC 3463 code. */
    public record Bounce(UUID notificationId, String recipient, String status, String reason) implements Reading {
    }

    /** An out-of-office or other automatic reply: nothing to record. */
    public record AutoReply() implements Reading {
    }

    /** A delay warning, a report about an email Liaison did not send, or not a report at all. */
    public record Other(String why) implements Reading {
    }

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIAISON_MESSAGE_ID = Pattern.compile("<(" + UUID_TEXT.pattern() + ")@liaison>",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_REASON = 2000;

    private final String bounceLocalPart;
    private final String bounceDomain;

    /** {@code bounceAddress} is the mailbox's own address, {@code local@domain}. */
    public BounceReader(String bounceAddress) {
        int at = bounceAddress.lastIndexOf('@');
        if (at < 1) {
            throw new IllegalArgumentException("Not an email address: " + bounceAddress);
        }
        this.bounceLocalPart = bounceAddress.substring(0, at);
        this.bounceDomain = bounceAddress.substring(at + 1);
    }

    /** The envelope sender of one notification's email: replies and reports about it come back here. */
    public String addressFor(UUID notificationId) {
        return bounceLocalPart + "+" + notificationId + "@" + bounceDomain;
    }

    public Reading read(MimeMessage message) throws MessagingException, IOException {
        ContentType type = new ContentType(message.getContentType());
        if (type.match("multipart/report")
                && "delivery-status".equalsIgnoreCase(String.valueOf(type.getParameter("report-type")))) {
            return readReport(message);
        }
        if (isAutoReply(message)) {
            return new AutoReply();
        }
        return new Other("not a delivery status notification: " + type.getBaseType());
    }

    private Reading readReport(MimeMessage message) throws MessagingException, IOException {
        Multipart parts = (Multipart) message.getContent();
        List<InternetHeaders> fields = null;
        String originalMessageId = null;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("message/delivery-status") || part.isMimeType("message/global-delivery-status")) {
                fields = headerBlocks(part.getInputStream());
            } else if (part.isMimeType("message/rfc822")) {
                Object original = part.getContent();
                if (original instanceof MimeMessage returned) {
                    originalMessageId = returned.getMessageID();
                }
            } else if (part.isMimeType("text/rfc822-headers")) {
                List<InternetHeaders> headers = headerBlocks(part.getInputStream());
                originalMessageId = headers.isEmpty() ? null : headers.get(0).getHeader("Message-ID", null);
            }
        }
        if (fields == null || fields.size() < 2) {
            return new Other("a delivery report without per-recipient fields");
        }
        // the first block is about the message, each later one about a recipient (RFC 3464 section 2.1)
        InternetHeaders failed = null;
        for (InternetHeaders recipient : fields.subList(1, fields.size())) {
            if ("failed".equalsIgnoreCase(field(recipient, "Action"))) {
                failed = recipient;
                break;
            }
        }
        if (failed == null) {
            return new Other("a delivery report that reports no failure (" + field(fields.get(1), "Action") + ")");
        }
        String returnedId = originalMessageId;
        Optional<UUID> notification = notificationOf(message).or(() -> idIn(LIAISON_MESSAGE_ID, returnedId));
        if (notification.isEmpty()) {
            return new Other("a delivery report about an email Liaison cannot identify");
        }
        String recipient = addressIn(field(failed, "Final-Recipient"));
        String status = field(failed, "Status");
        String diagnostic = field(failed, "Diagnostic-Code");
        String reason = (status == null ? "" : status + " ") + (diagnostic == null ? "delivery failed" : stripType(diagnostic));
        return new Bounce(notification.get(), recipient, status, reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
    }

    /** The per-notification bounce address the report was delivered to, if any. */
    private Optional<UUID> notificationOf(MimeMessage message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (String header : List.of("Delivered-To", "X-Original-To", "Envelope-To", "To")) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        addresses.add(address.getAddress());
                    }
                }
            }
        }
        String prefix = (bounceLocalPart + "+").toLowerCase(Locale.ROOT);
        String suffix = ("@" + bounceDomain).toLowerCase(Locale.ROOT);
        for (String address : addresses) {
            String lower = address == null ? "" : address.toLowerCase(Locale.ROOT);
            if (lower.startsWith(prefix) && lower.endsWith(suffix)) {
                Optional<UUID> id = idIn(UUID_TEXT, lower.substring(prefix.length(), lower.length() - suffix.length()));
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<UUID> idIn(Pattern pattern, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(text.strip());
        if (!(pattern == UUID_TEXT ? matcher.matches() : matcher.find())) {
            return Optional.empty();
        }
        return Optional.of(UUID.fromString(pattern == UUID_TEXT ? matcher.group() : matcher.group(1)));
    }

    /** RFC 3834 {@code Auto-Submitted}, and the markers Exchange, Outlook and common vacation programs set. */
    static boolean isAutoReply(MimeMessage message) throws MessagingException {
        String autoSubmitted = message.getHeader("Auto-Submitted", null);
        if (autoSubmitted != null && !autoSubmitted.strip().toLowerCase(Locale.ROOT).startsWith("no")) {
            return true;
        }
        if (message.getHeader("X-Autoreply", null) != null || message.getHeader("X-Autorespond", null) != null) {
            return true;
        }
        String precedence = String.valueOf(message.getHeader("Precedence", null)).toLowerCase(Locale.ROOT);
        if (precedence.contains("auto_reply")) {
            return true;
        }
        String subject = String.valueOf(message.getSubject()).toLowerCase(Locale.ROOT);
        return subject.startsWith("automatic reply:") || subject.startsWith("out of office");
    }

    /** The blocks of {@code Name: value} fields, separated by blank lines, of a delivery-status part. */
    private static List<InternetHeaders> headerBlocks(InputStream content) throws MessagingException, IOException {
        List<InternetHeaders> blocks = new ArrayList<>();
        PushbackInputStream in = new PushbackInputStream(new ByteArrayInputStream(content.readAllBytes()), 2);
        while (true) {
            int next;
            do { // blank lines between blocks
                next = in.read();
            } while (next == '\r' || next == '\n');
            if (next < 0) {
                return blocks;
            }
            in.unread(next);
            InternetHeaders block = new InternetHeaders(in);
            if (block.getAllHeaderLines().hasMoreElements()) {
                blocks.add(block);
            }
        }
    }

    private static String field(InternetHeaders headers, String name) {
        String value = headers.getHeader(name, " ");
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }

    /** {@code rfc822; someone@example} → {@code someone@example}. */
    private static String addressIn(String typed) {
        return typed == null ? null : stripType(typed);
    }

    private static String stripType(String typed) {
        int semicolon = typed.indexOf(';');
        return semicolon < 0 ? typed.strip() : typed.substring(semicolon + 1).strip();
    }

}
