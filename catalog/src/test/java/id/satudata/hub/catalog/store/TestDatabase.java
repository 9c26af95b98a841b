package id.satudata.hub.catalog.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** A migrated database of its own for one test class: an in-memory H2, or a fresh schema on the test PostgreSQL. */
final class TestDatabase implements AutoCloseable {

    static final String PG_URL = env("HUB_TEST_PG_URL", "jdbc:postgresql://localhost:5432/hub");
    static final String PG_USER = env("HUB_TEST_PG_USER", "hub");
    static final String PG_PASSWORD = env("HUB_TEST_PG_PASSWORD", "hub");

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Runnable drop;
    private final String vendor;

    private TestDatabase(
            HikariDataSource dataSource, SQLDialect dialect, String vendor, Runnable drop, String upToVersion) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, dialect);
        this.drop = drop;
        this.vendor = vendor;
        migrate(upToVersion);
    }

    /** Applies the migrations after the ones applied so far, up to {@code upToVersion}, or all when it is null. */
    void migrate(String upToVersion) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor);
        (upToVersion == null ? flyway : flyway.target(upToVersion)).load().migrate();
    }

    static TestDatabase h2() {
        String url = "jdbc:h2:mem:store_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
        return new TestDatabase(pool(url, "sa", ""), SQLDialect.H2, "h2", () -> {}, null);
    }

    /** A schema with a random name, dropped on {@link #close()}; temporary tables stay in the session's own. */
    static TestDatabase postgres() {
        return postgres(null);
    }

    /** As {@link #postgres()}, migrated up to {@code upToVersion} only, to prove a later migration on old data. */
    static TestDatabase postgres(String upToVersion) {
        String schema = "store_test_" + UUID.randomUUID().toString().replace("-", "");
        adminExecute("create schema " + schema);
        String url = PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(
                pool(url, PG_USER, PG_PASSWORD),
                SQLDialect.POSTGRES,
                "postgresql",
                () -> adminExecute("drop schema " + schema + " cascade"),
                upToVersion);
    }

    DSLContext dsl() {
        return dsl;
    }

    boolean isPostgres() {
        return dsl.dialect().family() == SQLDialect.POSTGRES;
    }

    @Override
    public void close() {
        dataSource.close();
        drop.run();
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static void adminExecute(String sql) {
        try (Connection connection = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run on the test PostgreSQL: " + sql, e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
