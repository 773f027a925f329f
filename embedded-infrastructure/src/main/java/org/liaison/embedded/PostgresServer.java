package org.liaison.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server: the zonky embedded binaries by default (no Docker, works as root), or an
 * external server named by {@code TEST_DB_URL} (a JDBC URL of a database the user may create databases
 * from, e.g. {@code jdbc:postgresql://localhost:5432/postgres}) with {@code TEST_DB_USERNAME} and
 * {@code TEST_DB_PASSWORD}. Each service gets its own database on it.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final String host;
    private final int port;
    private final String username;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, String host, int port, String username, String password) {
        this.embedded = embedded;
        this.host = host;
        this.port = port;
        this.username = username;
        this.password = password;
    }

    /** The external server from the environment if {@code TEST_DB_URL} is set, else a fresh embedded one. */
    public static PostgresServer forTests() {
        String url = System.getenv("TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return external(url, env("TEST_DB_USERNAME", "postgres"), env("TEST_DB_PASSWORD", ""));
        }
        return embedded(null, 0);
    }

    public static PostgresServer external(String jdbcUrl, String username, String password) {
        String rest = jdbcUrl.replaceFirst("^jdbc:postgresql://", "");
        String hostPort = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 5432;
        PostgresServer server = new PostgresServer(null, host, port, username, password);
        server.checkReachable();
        return server;
    }

    /**
     * Starts embedded PostgreSQL. With a data directory, data survives restarts (the local run);
     * without one, a throw-away directory is used (tests). Port 0 picks a free port.
     */
    public static PostgresServer embedded(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                Files.createDirectories(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            return new PostgresServer(postgres, "127.0.0.1", postgres.getPort(), "postgres", "");
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Could not start embedded PostgreSQL (zonky binaries). Set TEST_DB_URL, "
                    + "TEST_DB_USERNAME and TEST_DB_PASSWORD to use an external server instead. Cause: " + e, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Creates {@code database} unless it exists already. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + jdbcUrl("postgres"), e);
        }
    }

    private void checkReachable() {
        try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), username, password)) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("External PostgreSQL at " + jdbcUrl("postgres") + " is not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                // the server is going away either way
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
