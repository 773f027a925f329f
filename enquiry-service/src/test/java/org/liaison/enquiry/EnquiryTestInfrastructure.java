package org.liaison.enquiry;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.liaison.embedded.quarkus.CaseworkSealTestResource;
import org.liaison.embedded.quarkus.KafkaTestResource;
import org.liaison.embedded.quarkus.OidcTestResource;
import org.liaison.embedded.quarkus.PostgresTestResource;

/** Every test of this service runs against real PostgreSQL (its own database) a real Kafka broker and the real OIDC server its tokens come from. */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "enquiry"))
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = CaseworkSealTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = OidcTestResource.class, scope = TestResourceScope.GLOBAL)
public final class EnquiryTestInfrastructure {
    private EnquiryTestInfrastructure() {
    }
}
