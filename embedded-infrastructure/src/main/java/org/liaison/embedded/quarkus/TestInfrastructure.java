package org.liaison.embedded.quarkus;

import org.liaison.embedded.KafkaBroker;
import org.liaison.embedded.PostgresServer;
import org.liaison.embedded.SmtpServer;

/**
 * The servers shared by all tests in one JVM, started on first use and stopped when the JVM exits.
 * Failing to start one fails the tests with the reason; nothing is skipped.
 */
public final class TestInfrastructure {

    private static PostgresServer postgres;
    private static KafkaBroker kafka;
    private static SmtpServer smtp;

    private TestInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.forTests();
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "test-postgres-stop"));
        }
        return postgres;
    }

    public static synchronized KafkaBroker kafka() {
        if (kafka == null) {
            kafka = KafkaBroker.forTests();
            kafka.createSuiteTopics();
        }
        return kafka;
    }

    public static synchronized SmtpServer smtp() {
        if (smtp == null) {
            smtp = SmtpServer.start();
            Runtime.getRuntime().addShutdownHook(new Thread(smtp::close, "test-smtp-stop"));
        }
        return smtp;
    }
}
