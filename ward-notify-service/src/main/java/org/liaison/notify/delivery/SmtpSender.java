package org.liaison.notify.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Hands composed emails to the SMTP relay and says what the relay answered (HUB-2).
 *
 * <p>Every send starts on a Vert.x event-loop thread ({@link EventLoops}): called from any other thread, the mail
 * client now and then loses the relay's greeting and the session stalls until the relay's idle timeout.
 *
 * <p>Connections are pooled and kept alive ({@code quarkus.mailer.keep-alive}, {@code quarkus.mailer.max-pool-size}):
 * the client resets a pooled session with {@code RSET} and opens a new one when the relay has dropped it.
 */
@ApplicationScoped
public class SmtpSender {

    /** What the relay answered to one email. */
    public sealed interface Outcome {
        /** The relay took responsibility for the email. */
        record Accepted() implements Outcome {
        }

        /** A permanent refusal (a 5xx reply): sending it again will not help. */
        record Refused(String reason) implements Outcome {
        }

        /** Not accepted for now: a 4xx reply, a dropped connection or a relay that cannot be reached. */
        record Deferred(String reason) implements Outcome {
        }
    }

    private static final int MAX_REASON = 2000;

    private final ReactiveMailer mailer;
    private final Duration timeout;
    private final EventLoops eventLoops;

    SmtpSender(ReactiveMailer mailer, Vertx vertx, DeliverySettings settings) {
        this.mailer = mailer;
        this.timeout = settings.sendTimeout();
        this.eventLoops = EventLoops.of(vertx);
    }

    /** Sends one email; the Uni never fails, it ends with the relay's answer. */
    public Uni<Outcome> send(Mail mail) {
        return Uni.createFrom().deferred(() -> mailer.send(mail))
                .runSubscriptionOn(eventLoops)
                .<Outcome>replaceWith(new Outcome.Accepted())
                .ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(SmtpSender::classify);
    }

    /** A 5xx reply is permanent; anything else (4xx, I/O, timeouts) may pass if tried again later. */
    static Outcome classify(Throwable failure) {
        Throwable cause = failure;
        while (!(cause instanceof SMTPException) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = reasonOf(cause instanceof SMTPException ? cause : failure);
        return cause instanceof SMTPException smtp && smtp.isPermanent()
                ? new Outcome.Refused(reason) : new Outcome.Deferred(reason);
    }

    private static String reasonOf(Throwable failure) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getClass().getSimpleName() + ": "
                + failure.getMessage();
        return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
    }
}
