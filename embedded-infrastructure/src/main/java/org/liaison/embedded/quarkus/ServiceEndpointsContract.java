package org.liaison.embedded.quarkus;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every Liaison service promises operators, checked against the running service: health (live and
 * ready, database and Kafka included), Prometheus metrics, OpenAPI and Swagger UI open to all, without a
 * token. A service's test extends it and is annotated {@code @QuarkusTest}.
 */
public abstract class ServiceEndpointsContract {

    @Test
    void is_ready_only_with_its_database_and_kafka_up() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka cluster"))
                .body("checks.name", hasItem("Database connections health check"))
                .body("checks.find { it.name == 'Kafka cluster' }.status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metrics_openapi_and_swagger_ui_are_open() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
