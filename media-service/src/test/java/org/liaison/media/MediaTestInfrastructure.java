package org.liaison.media;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.liaison.embedded.quarkus.KafkaTestResource;
import org.liaison.embedded.quarkus.PostgresTestResource;

/** Every test of this service runs against real PostgreSQL (its own database) and a real Kafka broker. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "media"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
public final class MediaTestInfrastructure {
    private MediaTestInfrastructure() {
    }
}
