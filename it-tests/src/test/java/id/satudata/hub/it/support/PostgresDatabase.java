package id.satudata.hub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own on the test PostgreSQL server (localhost:5432, hub/hub unless {@code HUB_TEST_PG_URL},
 * {@code HUB_TEST_PG_USER} and {@code HUB_TEST_PG_PASSWORD} say otherwise), created and dropped through the
 * {@code postgres} maintenance database.
 */
final class PostgresDatabase implements HubDatabase {

    private static final String SERVER = server(env("HUB_TEST_PG_URL", "jdbc:postgresql://localhost:5432/hub"));
    private static final String USER = env("HUB_TEST_PG_USER", "hub");
    private static final String PASSWORD = env("HUB_TEST_PG_PASSWORD", "hub");

    private final String name;

    private PostgresDatabase(String name) {
        this.name = name;
    }

    static PostgresDatabase create() {
        String name = "hub_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = admin();
                Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not create database " + name + " on " + SERVER, failure);
        }
        return new PostgresDatabase(name);
    }

    @Override
    public List<String> hubArguments() {
        return List.of(
                "--spring.datasource.url=" + SERVER + name,
                "--spring.datasource.username=" + USER,
                "--spring.datasource.password=" + PASSWORD);
    }

    @Override
    public void close() {
        try (Connection admin = admin();
                PreparedStatement terminate = admin.prepareStatement("select pg_terminate_backend(pid)"
                        + " from pg_stat_activity where datname = ? and pid <> pg_backend_pid()");
                Statement sql = admin.createStatement()) {
            terminate.setString(1, name);
            terminate.execute();
            sql.execute("drop database if exists " + name);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not drop database " + name + " on " + SERVER, failure);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
    }

    /** {@code jdbc:postgresql://host:port/} of a database URL. */
    private static String server(String databaseUrl) {
        String withoutQuery = databaseUrl.split("\\?", 2)[0];
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
