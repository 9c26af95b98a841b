package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.config.Secrets;
import id.satudata.hub.connectors.ingest.SourceRecord;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The rows of one select, streamed: a connection of its own per poll (so that a lost connection costs one poll,
 * never a stale pool), in a read-only transaction (PostgreSQL streams with a cursor only outside autocommit), with
 * the fetch size as the rows per round trip (MariaDB's driver streams by it), so that a table of millions of rows
 * never sits in the heap.
 */
final class JdbcRows implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final RowShape shape;
    private long read;

    private JdbcRows(Connection connection, PreparedStatement statement, ResultSet rows) throws SQLException {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.shape = new RowShape(rows.getMetaData());
    }

    static JdbcRows open(JdbcSourceSettings settings, Secrets secrets, JdbcQuery query) throws SQLException {
        Connection connection = connect(settings, secrets);
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            PreparedStatement statement =
                    connection.prepareStatement(query.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(settings.fetchSize());
            for (int i = 0; i < query.binds().size(); i++) {
                statement.setObject(i + 1, query.binds().get(i));
            }
            return new JdbcRows(connection, statement, statement.executeQuery());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * How many rows the query would read now, for a load's progress: counted on a connection of its own before the
     * read, since a driver that streams (MariaDB) would buffer the rest of an open result to run another statement.
     */
    static long count(JdbcSourceSettings settings, Secrets secrets, JdbcQuery query) throws SQLException {
        JdbcQuery counting = query.counting();
        try (Connection connection = connect(settings, secrets);
                PreparedStatement statement = connection.prepareStatement(counting.sql())) {
            connection.setReadOnly(true);
            for (int i = 0; i < counting.binds().size(); i++) {
                statement.setObject(i + 1, counting.binds().get(i));
            }
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    private static Connection connect(JdbcSourceSettings settings, Secrets secrets) throws SQLException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (settings.password() != null) {
            properties.setProperty("password", secrets.reveal(settings.password()));
        }
        SourceDialect.of(settings.url()).limitConnectWait(properties);
        return DriverManager.getConnection(settings.url(), properties);
    }

    RowShape shape() {
        return shape;
    }

    /** The next row, or {@code null} after the last. */
    JdbcRow next() throws SQLException {
        if (!rows.next()) {
            return null;
        }
        read++;
        return new JdbcRow(shape, shape.read(rows));
    }

    /** The record of a row, numbered in the order read. */
    SourceRecord record(JdbcRow row) {
        return SourceRecord.of(read, row);
    }

    /** The values of the columns in a row, for a position. */
    static List<Object> values(JdbcRow row, int[] columns) {
        List<Object> values = new ArrayList<>(columns.length);
        for (int column : columns) {
            values.add(row.column(column));
        }
        return values;
    }

    /** Ends the read-only transaction and the connection; a connection already lost has nothing left to end. */
    @Override
    public void close() {
        try (connection;
                statement;
                rows) {
            connection.rollback();
        } catch (SQLException ignored) {
            // the rows were read or their failure is being reported; closing a broken connection adds nothing
        }
    }
}
