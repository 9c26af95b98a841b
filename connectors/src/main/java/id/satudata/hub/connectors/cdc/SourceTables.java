package id.satudata.hub.connectors.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * What the hub asks the source about its tables: the row estimate a snapshot's progress is measured against
 * (PostgreSQL's planner statistics, MariaDB's table status; no count of a large table), and the signal row that
 * starts an incremental snapshot of a table while the stream goes on.
 */
public final class SourceTables {

    private SourceTables() {}

    /** The table's estimated rows, 0 when the source has no statistics yet. */
    static long rowEstimate(CdcDatabase database, CdcSourceSettings table) {
        String query = database.connector() == CdcConnector.POSTGRES
                ? "SELECT GREATEST(reltuples, 0)::bigint FROM pg_class WHERE oid = to_regclass(?)"
                : "SELECT table_rows FROM information_schema.tables WHERE table_schema = ? AND table_name = ?";
        try (Connection connection = SourceConnections.open(database);
                PreparedStatement statement = connection.prepareStatement(query)) {
            if (database.connector() == CdcConnector.POSTGRES) {
                statement.setString(1, table.table());
            } else {
                statement.setString(1, database.database());
                statement.setString(2, table.table());
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        } catch (SQLException | RuntimeException e) {
            return 0;
        }
    }

    /** Asks the engine of the table's database for an incremental snapshot of the table. */
    public static void requestSnapshot(CdcDatabase database, CdcSourceSettings table) {
        String data = "{\"data-collections\": [\"" + table.qualifiedTable() + "\"], \"type\": \"incremental\"}";
        try (Connection connection = SourceConnections.open(database);
                PreparedStatement insert = connection.prepareStatement("INSERT INTO "
                        + EngineProperties.signalCollection(database) + " (id, type, data) VALUES (?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, "execute-snapshot");
            insert.setString(3, data);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new CdcRequirementException("cannot write the snapshot signal to "
                    + EngineProperties.signalCollection(database) + " of " + database + ": " + e.getMessage()
                    + "; the account needs INSERT on that table");
        }
    }
}
