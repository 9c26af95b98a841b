package id.satudata.hub.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An agency database of its own on the test PostgreSQL (localhost:5432) or MariaDB (127.0.0.1:3306) server, with
 * the test account hub/hub, created for one test class and dropped on close together with the replication slots
 * left in it.
 */
public final class CdcSourceDatabase implements AutoCloseable {

    public enum Kind {
        POSTGRES("postgres", "jdbc:postgresql://localhost:5432/", "postgres"),
        MARIADB("mariadb", "jdbc:mariadb://127.0.0.1:3306/", "");

        private final String connector;
        private final String server;
        private final String adminDatabase;

        Kind(String connector, String server, String adminDatabase) {
            this.connector = connector;
            this.server = server;
            this.adminDatabase = adminDatabase;
        }
    }

    public static final String USER = "hub";
    /** The environment variable the it-tests' JVM and the hubs it starts have the password in (see the pom). */
    public static final String PASSWORD_ENV = "HUB_CDC_TEST_PASSWORD";

    private final Kind kind;
    private final String name;

    private CdcSourceDatabase(Kind kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    public static CdcSourceDatabase create(Kind kind) {
        String name = "cdc_src_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection admin = connect(kind, kind.adminDatabase);
                Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create source database " + name, e);
        }
        return new CdcSourceDatabase(kind, name);
    }

    public String name() {
        return name;
    }

    public String connector() {
        return kind.connector;
    }

    /** The hub's default slot (and publication) name of this database. */
    public String slot() {
        return "hub_" + name;
    }

    public Connection connect() throws SQLException {
        return connect(kind, name);
    }

    /** Runs statements in one transaction. */
    public void execute(String... statements) {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement sql = connection.createStatement()) {
                for (String statement : statements) {
                    sql.execute(statement);
                }
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + List.of(statements) + " on " + name, e);
        }
    }

    /** The rows of a query, each as its columns' values rendered as text. */
    public List<List<String>> rows(String query) {
        try (Connection connection = connect();
                Statement sql = connection.createStatement();
                ResultSet result = sql.executeQuery(query)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + query + " on " + name, e);
        }
    }

    public long count(String query) {
        return Long.parseLong(rows(query).get(0).get(0));
    }

    /** PostgreSQL: the hub's slot of this database, if it exists. */
    public boolean slotExists() {
        return count("select count(*) from pg_replication_slots where slot_name = '" + slot() + "'") > 0;
    }

    @Override
    public void close() {
        try (Connection admin = connect(kind, kind.adminDatabase);
                Statement sql = admin.createStatement()) {
            if (kind == Kind.POSTGRES) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name
                        + "' and pid <> pg_backend_pid()");
                sql.execute("select pg_terminate_backend(active_pid) from pg_replication_slots where database = '"
                        + name + "' and active_pid is not null");
                sql.execute("select pg_drop_replication_slot(slot_name) from pg_replication_slots where database = '"
                        + name + "' and not active");
            }
            sql.execute("drop database if exists " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop source database " + name, e);
        }
    }

    private static Connection connect(Kind kind, String database) throws SQLException {
        return DriverManager.getConnection(kind.server + database, USER, System.getenv(PASSWORD_ENV));
    }
}
