package org.liaison.infrastructure.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the Kafka cluster answers and the service's topics exist. */
@Readiness
@ApplicationScoped
public class KafkaReadinessCheck implements HealthCheck {

    private final KafkaAdmin admin;
    private final KafkaTopicProvisioner provisioner;

    KafkaReadinessCheck(KafkaAdmin admin, KafkaTopicProvisioner provisioner) {
        this.admin = admin;
        this.provisioner = provisioner;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Kafka cluster");
        try {
            String clusterId = admin.client().describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            return response.status(provisioner.provisioned())
                    .withData("clusterId", clusterId)
                    .withData("topicsProvisioned", provisioner.provisioned())
                    .build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        } catch (Exception e) {
            return response.down().withData("error", String.valueOf(e.getCause() != null ? e.getCause() : e)).build();
        }
    }
}
