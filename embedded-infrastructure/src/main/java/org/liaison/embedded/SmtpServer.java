package org.liaison.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** A real SMTP server (GreenMail) on loopback that keeps every message it accepts, for tests to read. */
public final class SmtpServer implements AutoCloseable {

    private final GreenMail greenMail;

    private SmtpServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static SmtpServer start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(Ports.free(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new SmtpServer(greenMail);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    public List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** Waits until a received message matches, or fails after {@code timeout}. */
    public MimeMessage awaitMessage(Predicate<MimeMessage> matching, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (matching.test(message)) {
                    return message;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No matching email arrived within " + timeout + "; received: " + received().size());
    }

    /** Simulates an SMTP outage: connections are refused until {@link #resume()}. */
    public void suspend() {
        greenMail.stop();
    }

    /** Ends an outage: the server listens again on the same port. */
    public void resume() {
        greenMail.start();
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
