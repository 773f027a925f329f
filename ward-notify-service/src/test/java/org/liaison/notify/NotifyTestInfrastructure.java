package org.liaison.notify;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.liaison.embedded.quarkus.CaseworkSealTestResource;
import org.liaison.embedded.quarkus.KafkaTestResource;
import org.liaison.embedded.quarkus.OidcTestResource;
import org.liaison.embedded.quarkus.PostgresTestResource;
import org.liaison.embedded.quarkus.SmtpTestResource;

/** Every test of this service runs against real PostgreSQL, a real Kafka broker and a real SMTP server. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notify"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CaseworkSealTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpTestResource.class, scope = TestResourceScope.GLOBAL)
public final class NotifyTestInfrastructure {
    private NotifyTestInfrastructure() {
    }
}
