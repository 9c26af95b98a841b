package id.satudata.hub.connectors.cdc;

import java.util.Locale;
import java.util.Properties;

/**
 * Where a MariaDB engine keeps its schema history (the table structures its binlog events are read with): a
 * table of its own in the hub database, through Debezium's JDBC schema history, so that no file under the data
 * directory decides whether the hub can resume.
 *
 * @param jdbcUrl the hub database's URL, user and password, as the hub's datasource has them
 */
public record HubHistory(String jdbcUrl, String user, String password) {

    private static final String PREFIX = "schema.history.internal.";

    void configure(Properties props, String engineName) {
        props.setProperty(
                PREFIX.substring(0, PREFIX.length() - 1), "io.debezium.storage.jdbc.history.JdbcSchemaHistory");
        props.setProperty(PREFIX + "jdbc.connection.url", jdbcUrl);
        props.setProperty(PREFIX + "jdbc.connection.user", user);
        props.setProperty(PREFIX + "jdbc.connection.password", password == null ? "" : password);
        props.setProperty(PREFIX + "jdbc.schema.history.table.name", tableName(engineName));
    }

    /**
     * The history table of an engine; upper case on H2, whose catalog keeps unquoted names so and which Debezium
     * asks for the name as given when it checks whether the table exists.
     */
    String tableName(String engineName) {
        String name = "cdc_history_" + engineName.toLowerCase(Locale.ROOT);
        return jdbcUrl.startsWith("jdbc:h2:") ? name.toUpperCase(Locale.ROOT) : name;
    }
}
