package org.liaison.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.liaison.embedded.SmtpServer;

/** A real SMTP server for a {@code @QuarkusTest}; the mailer sends to it for real (mock off). */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        SmtpServer smtp = TestInfrastructure.smtp();
        return Map.of(
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.host", smtp.host(),
                "quarkus.mailer.port", String.valueOf(smtp.port()),
                "quarkus.mailer.tls", "false",
                "quarkus.mailer.start-tls", "DISABLED",
                // ward-notify-service reads its bounce mailbox (HUB-2) from the same server
                "liaison.bounces.imap.host", smtp.host(),
                "liaison.bounces.imap.port", String.valueOf(smtp.imapPort()),
                "liaison.bounces.imap.ssl", "false");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(TestInfrastructure.smtp(),
                new TestInjector.AnnotatedAndMatchesType(InjectSmtpServer.class, SmtpServer.class));
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped at JVM exit
    }
}
