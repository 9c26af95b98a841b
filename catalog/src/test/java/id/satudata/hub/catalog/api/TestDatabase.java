package id.satudata.hub.catalog.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A database of its own for one test class: an H2 in-memory database, or a fresh schema in the test PostgreSQL. */
public final class TestDatabase implements AutoCloseable {

    private final String url;
    private final String user;
    private final String password;
    private final String schemaToDrop;

    private TestDatabase(String url, String user, String password, String schemaToDrop) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schemaToDrop = schemaToDrop;
    }

    public static TestDatabase h2() {
        // as the hub runs H2: lower-case identifiers, so quoted and unquoted names of TABLES.md agree
        return new TestDatabase("jdbc:h2:mem:" + randomName() + ";DATABASE_TO_LOWER=TRUE", "sa", "", null);
    }

    public static TestDatabase postgres() {
        String base = env("HUB_TEST_PG_URL", "jdbc:postgresql://localhost:5432/hub");
        String user = env("HUB_TEST_PG_USER", "hub");
        String password = env("HUB_TEST_PG_PASSWORD", "hub");
        String schema = randomName();
        TestDatabase database = new TestDatabase(
                base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password, schema);
        database.execute(base, "create schema " + schema);
        return database;
    }

    public void register(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> user);
        properties.add("spring.datasource.password", () -> password);
    }

    @Override
    public void close() {
        if (schemaToDrop != null) {
            execute(url, "drop schema " + schemaToDrop + " cascade");
        }
    }

    private void execute(String jdbcUrl, String statement) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException failure) {
            throw new IllegalStateException("Could not run '" + statement + "' on " + jdbcUrl, failure);
        }
    }

    private static String randomName() {
        return "api_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
