package id.satudata.hub.connectors.cdc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;

/**
 * Plain JDBC connections to an agency database with the pipeline's account, for the hub's own work beside
 * Debezium: checking requirements, estimating rows, signalling snapshots, dropping slots. Sorts connection
 * failures into the two kinds that need different handling: refused credentials are permanent, an unreachable
 * server is worth retrying.
 */
final class SourceConnections {

    /** SQL states of refused logins: PostgreSQL 28P01 and 28000, MariaDB 28000; and a missing database. */
    private static final Set<String> REFUSED = Set.of("28P01", "28000", "3D000", "42000");

    private SourceConnections() {}

    static Connection open(CdcDatabase database) {
        try {
            return DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
        } catch (SQLException e) {
            if (e.getSQLState() != null && REFUSED.contains(e.getSQLState())) {
                throw new CdcRequirementException(database + " refused the login: " + e.getMessage()
                        + ". Check the user, the password in " + database.passwordEnv()
                        + ", the database name and that the server lets this account connect from the hub's host");
            }
            throw new SourceUnavailableException(database + " cannot be reached: " + e.getMessage(), e);
        }
    }
}
