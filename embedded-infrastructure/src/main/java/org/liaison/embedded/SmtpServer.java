package org.liaison.embedded;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;

/** A real SMTP server (GreenMail) on loopback that keeps every message it accepts, for tests to read. */
public final class SmtpServer implements AutoCloseable {

    /** How long GreenMail waits for a client's next command before it answers 421 and hangs up (its default). */
    private static final Duration CLIENT_IDLE = Duration.ofSeconds(30);

    private final ServerSetup setup;
    private final ServerSetup imap;
    private final Duration clientIdle;
    private volatile GreenMail greenMail;

    private SmtpServer(ServerSetup setup, Duration clientIdle) {
        this.setup = setup;
        this.imap = new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        this.clientIdle = clientIdle;
        this.greenMail = started();
    }

    private GreenMail started() {
        // IMAP too, for mailboxes the services read (the bounce mailbox); any login opens the mailbox of that name
        GreenMail server = new GreenMail(new ServerSetup[] {setup, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
        server.getSmtp().setClientSocketTimeout(Math.toIntExact(clientIdle.toMillis()));
        return server;
    }

    public static SmtpServer start() {
        return start(CLIENT_IDLE);
    }

    /** A server that hangs up on a client silent for {@code clientIdle}, as a relay does with a stalled session. */
    public static SmtpServer start(Duration clientIdle) {
        return new SmtpServer(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP), clientIdle);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return setup.getPort();
    }

    /** IMAP on loopback, no TLS; user name is the mailbox's address, any password. */
    public int imapPort() {
        return imap.getPort();
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Waits until a received message matches, or fails after {@code timeout}. */
    public MimeMessage awaitMessage(Predicate<MimeMessage> matching, Duration timeout) {
        try {
            return await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                    .until(() -> received().stream().filter(matching).findFirst(), Optional::isPresent).orElseThrow();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No matching email arrived within " + timeout + "; received: " + received().size(), e);
        }
    }

    /** True if {@code address} is the message's first To recipient. */
    public static boolean sentTo(MimeMessage message, String address) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            return to != null && to.length > 0 && ((InternetAddress) to[0]).getAddress().equals(address);
        } catch (MessagingException e) {
            return false;
        }
    }

    /** The message's decoded subject, or "" if it has none or cannot be read. */
    public static String subjectOf(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject;
        } catch (MessagingException e) {
            return "";
        }
    }

    /** The decoded text of the first part with {@code contentType}, searching nested multiparts. */
    public static String textOf(Part message, String contentType) {
        try {
            List<Part> queue = new ArrayList<>(List.of(message));
            while (!queue.isEmpty()) {
                Part part = queue.remove(0);
                if (part.isMimeType("multipart/*")) {
                    Multipart multipart = (Multipart) part.getContent();
                    for (int i = 0; i < multipart.getCount(); i++) {
                        queue.add(multipart.getBodyPart(i));
                    }
                } else if (part.isMimeType(contentType)) {
                    Object content = part.getContent();
                    return content instanceof String text ? text
                            : new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable email", e);
        }
        throw new AssertionError("No " + contentType + " part in the email");
    }

    /** Simulates an SMTP outage: connections are refused until {@link #resume()}. */
    public void suspend() {
        greenMail.stop();
    }

    /** Ends an outage: a fresh server listens on the same port (mail received before is forgotten). */
    public void resume() {
        greenMail = started();
    }

    public void purge() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
