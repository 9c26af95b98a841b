package id.satudata.hub.connectors.cdc;

import io.debezium.config.Configuration;
import io.debezium.document.DocumentReader;
import io.debezium.document.DocumentWriter;
import io.debezium.relational.history.AbstractSchemaHistory;
import io.debezium.relational.history.HistoryRecord;
import io.debezium.relational.history.HistoryRecordComparator;
import io.debezium.relational.history.SchemaHistoryException;
import io.debezium.relational.history.SchemaHistoryListener;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * A MariaDB engine's schema history (the table structures its binlog events are read with) in the hub database's
 * table {@code cdc_schema_history}, one numbered row per DDL event under the engine's name. Debezium's own JDBC
 * history cannot connect to the embedded H2 store, whose account has an empty password, and keeps one table per
 * engine; this one works on both stores, through the migration that creates its table.
 */
public final class HubSchemaHistory extends AbstractSchemaHistory {

    static final String PREFIX = "schema.history.internal.hub.";

    private String url;
    private String user;
    private String password;
    private String engine;
    private long lastSeq;

    @Override
    public void configure(
            Configuration config,
            HistoryRecordComparator comparator,
            SchemaHistoryListener listener,
            boolean useCatalogBeforeSchema) {
        super.configure(config, comparator, listener, useCatalogBeforeSchema);
        url = config.getString(PREFIX + "url");
        user = config.getString(PREFIX + "user");
        password = config.getString(PREFIX + "password", "");
        engine = config.getString(PREFIX + "engine");
    }

    @Override
    protected synchronized void storeRecord(HistoryRecord record) {
        try (Connection connection = connect();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into cdc_schema_history (engine, seq, record) values (?, ?, ?)")) {
            insert.setString(1, engine);
            insert.setLong(2, ++lastSeq);
            insert.setString(3, DocumentWriter.defaultWriter().write(record.document()));
            insert.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new SchemaHistoryException("cannot store the schema history of " + engine + ": " + e.getMessage(), e);
        }
    }

    @Override
    protected synchronized void recoverRecords(Consumer<HistoryRecord> records) {
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement(
                        "select seq, record from cdc_schema_history where engine = ? order by seq")) {
            select.setString(1, engine);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lastSeq = rows.getLong(1);
                    records.accept(
                            new HistoryRecord(DocumentReader.defaultReader().read(rows.getString(2))));
                }
            }
        } catch (SQLException | IOException e) {
            throw new SchemaHistoryException("cannot read the schema history of " + engine + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean exists() {
        try (Connection connection = connect();
                PreparedStatement select =
                        connection.prepareStatement("select max(seq) from cdc_schema_history where engine = ?")) {
            select.setString(1, engine);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                lastSeq = rows.getLong(1);
                return !rows.wasNull();
            }
        } catch (SQLException e) {
            throw new SchemaHistoryException("cannot read the schema history of " + engine + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean storageExists() {
        return true; // the table is the hub's own, made by its database migrations
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String toString() {
        return "cdc_schema_history[" + engine + "]";
    }
}
