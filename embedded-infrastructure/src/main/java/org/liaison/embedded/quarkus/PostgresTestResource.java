package org.liaison.embedded.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.liaison.embedded.PostgresServer;

/** Real PostgreSQL for a {@code @QuarkusTest}: init arg {@code database} names the service's own database. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "liaison";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = TestInfrastructure.postgres();
        server.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // shared by every test class of the JVM; stopped at JVM exit
    }
}
