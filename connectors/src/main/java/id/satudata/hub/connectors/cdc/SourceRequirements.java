package id.satudata.hub.connectors.cdc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks before an engine starts that the source database allows change-data-capture with the pipeline's
 * account, and names every requirement that is missing with how to fix it, so that the pipeline fails at once
 * with that message instead of Debezium's first error deep in a stack trace. Also creates the signal table that
 * snapshots on demand write to, where the account may.
 */
abstract class SourceRequirements {

    /** Throws {@link CdcRequirementException} naming every unmet requirement; {@link SourceUnavailableException}. */
    static void check(CdcDatabase database, Collection<CdcSourceSettings> tables) {
        SourceRequirements requirements =
                database.connector() == CdcConnector.POSTGRES ? new PostgresRequirements() : new MariaDbRequirements();
        try (Connection connection = SourceConnections.open(database)) {
            List<String> missing = new ArrayList<>();
            requirements.check(connection, database, tables, missing);
            if (!missing.isEmpty()) {
                throw new CdcRequirementException(
                        database + " does not allow change-data-capture: " + String.join("; ", missing));
            }
            requirements.createSignalTable(connection, database);
        } catch (SQLException e) {
            throw new SourceUnavailableException(database + ": " + e.getMessage(), e);
        }
    }

    abstract void check(
            Connection connection, CdcDatabase database, Collection<CdcSourceSettings> tables, List<String> missing)
            throws SQLException;

    /** A change to the signal table asks Debezium for an incremental snapshot; without it there is none. */
    void createSignalTable(Connection connection, CdcDatabase database) {
        try (var sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS " + EngineProperties.signalCollection(database)
                    + " (id VARCHAR(64) PRIMARY KEY, type VARCHAR(32) NOT NULL, data VARCHAR(2048))");
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(SourceRequirements.class)
                    .warn(
                            "{}: cannot create the signal table {} ({}); snapshots on demand need it",
                            database,
                            EngineProperties.signalCollection(database),
                            e.getMessage());
        }
    }
}
