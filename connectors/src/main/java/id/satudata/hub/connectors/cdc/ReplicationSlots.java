package id.satudata.hub.connectors.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

/**
 * Drops a PostgreSQL engine's replication slot and publication when its last pipeline is removed: an inactive
 * slot keeps every WAL segment from its position on, until the server's disk is full, and Debezium's
 * {@code drop.slot.on.stop} does not drop it. The engine must have stopped; its walsender may take a moment to
 * let go of the slot, so an active slot is waited for.
 */
public final class ReplicationSlots {

    private static final Duration RELEASE_WAIT = Duration.ofSeconds(30);

    private ReplicationSlots() {}

    /** Drops the slot and the publication of the database's engine, if they exist. */
    public static void drop(CdcDatabase database) {
        if (database.connector() != CdcConnector.POSTGRES) {
            return;
        }
        try (Connection connection = SourceConnections.open(database)) {
            waitUntilInactive(connection, database.slot());
            try (PreparedStatement drop = connection.prepareStatement(
                    "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = ?")) {
                drop.setString(1, database.slot());
                drop.execute();
            }
            try (Statement sql = connection.createStatement()) {
                sql.execute("DROP PUBLICATION IF EXISTS " + database.slot());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot drop replication slot " + database.slot() + " of " + database + ": " + e.getMessage()
                            + "; drop it by hand with SELECT pg_drop_replication_slot('" + database.slot() + "')",
                    e);
        }
    }

    private static void waitUntilInactive(Connection connection, String slot) throws SQLException {
        Instant deadline = Instant.now().plus(RELEASE_WAIT);
        try (PreparedStatement active =
                connection.prepareStatement("SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
            active.setString(1, slot);
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet result = active.executeQuery()) {
                    if (!result.next() || !result.getBoolean(1)) {
                        return;
                    }
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the slot to be released", e);
        }
    }
}
