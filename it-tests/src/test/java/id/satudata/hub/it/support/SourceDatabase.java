package id.satudata.hub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own that plays an agency's source for a {@code jdbc} pipeline: on the test PostgreSQL
 * (localhost:5432) or the test MariaDB (localhost:3306), both with the {@code hub}/{@code hub} account of
 * {@code scripts/test-env.sh}; dropped on close, even while the hub under test is still connected.
 */
public final class SourceDatabase implements AutoCloseable {

    public static final String USER = env("HUB_TEST_DB_USER", "hub");
    public static final String PASSWORD = env("HUB_TEST_DB_PASSWORD", "hub");

    private final String server;
    private final String name;
    private final boolean postgres;

    private SourceDatabase(String server, String name, boolean postgres) {
        this.server = server;
        this.name = name;
        this.postgres = postgres;
    }

    public static SourceDatabase postgres() {
        return create("jdbc:postgresql://localhost:5432/", true);
    }

    public static SourceDatabase mariadb() {
        return create("jdbc:mariadb://localhost:3306/", false);
    }

    private static SourceDatabase create(String server, boolean postgres) {
        String name = "opd_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        SourceDatabase database = new SourceDatabase(server, name, postgres);
        database.admin("create database " + name);
        return database;
    }

    /** The JDBC URL a pipeline declares. */
    public String url() {
        return server + name;
    }

    /** The URL through another port of this machine, such as a proxy's. */
    public String urlOnPort(int port) {
        return url().replaceFirst(":\\d+/", ":" + port + "/");
    }

    /** The port of the server. */
    public int port() {
        return postgres ? 5432 : 3306;
    }

    /** The column type of a point in time: {@code timestamptz}, or MariaDB's {@code datetime(6)}. */
    public String timestampType() {
        return postgres ? "timestamptz" : "datetime(6)";
    }

    /** The source's clock, to the microsecond, minus some seconds. */
    public String secondsAgo(int seconds) {
        return postgres ? "now() - interval '" + seconds + " seconds'" : "now(6) - interval " + seconds + " second";
    }

    /** Runs the statements in one transaction of the source. */
    public void execute(String... statements) {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            // one source transaction, so that a poll sees all of the statements or none of them
            connection.setAutoCommit(false);
            for (String sql : statements) {
                statement.execute(sql);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run on source " + url() + ": " + e.getMessage(), e);
        }
    }

    /** A connection to the source in autocommit, for tests that hold a transaction open. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, PASSWORD);
    }

    @Override
    public void close() {
        admin("drop database if exists " + name + (postgres ? " with (force)" : ""));
    }

    private void admin(String sql) {
        try (Connection admin = DriverManager.getConnection(server + (postgres ? "postgres" : ""), USER, PASSWORD);
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run on " + server + ": " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
