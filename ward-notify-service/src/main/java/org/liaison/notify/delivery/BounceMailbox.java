package org.liaison.notify.delivery;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * HUB-2: reads the bounce mailbox over IMAP. A delivery report about a Liaison email makes it BOUNCED and is deleted;
 * an auto-reply is deleted unread by anyone; anything else is marked seen and left for a person to look at.
 */
@ApplicationScoped
public class BounceMailbox {

    private static final Logger LOG = Logger.getLogger(BounceMailbox.class);

    /** What one pass over the mailbox found. */
    public record Pass(int bounces, int autoReplies, int other) {
    }

    private final BounceSettings settings;
    private final MailDispatcher delivery;
    private final ReentrantLock reading = new ReentrantLock();

    BounceMailbox(BounceSettings settings, MailDispatcher delivery) {
        this.settings = settings;
        this.delivery = delivery;
    }

    @Scheduled(every = "${liaison.bounces.check-every:off}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        try {
            checkNow();
        } catch (MessagingException | RuntimeException e) {
            LOG.warnf("The bounce mailbox could not be read; trying again at the next check: %s", e.toString());
        }
    }

    /** One pass over the unread messages of the mailbox; nothing if no mailbox is configured. */
    public Pass checkNow() throws MessagingException {
        if (settings.imap().host().isEmpty() || settings.address().isEmpty()) {
            return new Pass(0, 0, 0);
        }
        reading.lock();
        try {
            return read(new BounceReader(settings.address().get()));
        } finally {
            reading.unlock();
        }
    }

    private Pass read(BounceReader reader) throws MessagingException {
        BounceSettings.Imap imap = settings.imap();
        String protocol = imap.ssl() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.setProperty("mail." + protocol + ".connectiontimeout", "10000");
        properties.setProperty("mail." + protocol + ".timeout", "30000");
        // reading a message must not mark it read: one whose bounce could not be recorded is read again next time
        properties.setProperty("mail." + protocol + ".peek", "true");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(imap.host().get(), imap.port(), imap.user().orElse(settings.address().get()), imap.password().orElse(""));
        int bounces = 0;
        int autoReplies = 0;
        int other = 0;
        try {
            Folder folder = store.getFolder(imap.folder());
            if (!folder.exists()) {
                return new Pass(0, 0, 0); // nothing has ever arrived
            }
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    BounceReader.Reading reading = readingOf(reader, (MimeMessage) message);
                    if (reading instanceof BounceReader.Bounce bounce) {
                        delivery.recordBounce(bounce);
                        message.setFlag(Flags.Flag.DELETED, true);
                        bounces++;
                    } else if (reading instanceof BounceReader.AutoReply) {
                        message.setFlag(Flags.Flag.DELETED, true);
                        autoReplies++;
                    } else {
                        LOG.infof("Left in the bounce mailbox for a person: \"%s\" (%s)", message.getSubject(),
                                ((BounceReader.Other) reading).why());
                        message.setFlag(Flags.Flag.SEEN, true);
                        other++;
                    }
                }
            } finally {
                folder.close(true); // expunge what was handled
            }
        } finally {
            store.close();
        }
        return new Pass(bounces, autoReplies, other);
    }

    private static BounceReader.Reading readingOf(BounceReader reader, MimeMessage message) throws MessagingException {
        try {
            return reader.read(message);
        } catch (IOException | MessagingException | RuntimeException e) {
            return new BounceReader.Other("unreadable: " + e);
        }
    }
}
