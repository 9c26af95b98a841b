package id.satudata.hub.connectors.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/** PostgreSQL: {@code wal_level=logical}, a role with REPLICATION, and SELECT on each table. */
final class PostgresRequirements extends SourceRequirements {

    @Override
    void check(Connection connection, CdcDatabase database, Collection<CdcSourceSettings> tables, List<String> missing)
            throws SQLException {
        String walLevel = single(connection, "SHOW wal_level", null);
        if (!"logical".equals(walLevel)) {
            missing.add("wal_level is '" + walLevel + "' but logical decoding needs 'logical': set wal_level = logical"
                    + " in postgresql.conf and restart the server (a reload is not enough)");
        }
        if (!"true"
                .equals(single(
                        connection,
                        "SELECT (rolreplication OR rolsuper)::text FROM pg_roles WHERE rolname = current_user",
                        null))) {
            missing.add("role " + database.user() + " lacks the REPLICATION attribute: run ALTER ROLE "
                    + database.user() + " REPLICATION as a superuser");
        }
        for (CdcSourceSettings table : tables) {
            if (!"true".equals(single(connection, "SELECT (to_regclass(?) IS NOT NULL)::text", table.table()))) {
                missing.add("table " + table.table() + " does not exist in database " + database.database());
            } else if (!"true"
                    .equals(single(connection, "SELECT has_table_privilege(?, 'SELECT')::text", table.table()))) {
                missing.add("role " + database.user() + " may not read " + table.table() + ": run GRANT SELECT ON "
                        + table.table() + " TO " + database.user());
            }
        }
    }

    private static String single(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            if (parameter != null) {
                statement.setString(1, parameter);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }
    }
}
