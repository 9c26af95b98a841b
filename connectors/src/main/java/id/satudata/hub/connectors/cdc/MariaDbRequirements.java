package id.satudata.hub.connectors.cdc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * MariaDB: a binary log in ROW format with full row images, a server id other than the hub's, and an account with
 * the global privileges Debezium's binlog reader and snapshot need.
 */
final class MariaDbRequirements extends SourceRequirements {

    private static final List<String> GLOBAL_PRIVILEGES =
            List.of("SELECT", "RELOAD", "SHOW DATABASES", "REPLICATION SLAVE", "BINLOG MONITOR");

    @Override
    void check(Connection connection, CdcDatabase database, Collection<CdcSourceSettings> tables, List<String> missing)
            throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet settings =
                        sql.executeQuery("SELECT @@log_bin, @@binlog_format, @@binlog_row_image, @@server_id")) {
            settings.next();
            if (!settings.getBoolean(1)) {
                missing.add("the binary log is off: set log_bin = mysql-bin under [mysqld] and restart the server");
            }
            if (!"ROW".equalsIgnoreCase(settings.getString(2))) {
                missing.add("binlog_format is " + settings.getString(2)
                        + " but change-data-capture needs ROW: set binlog_format = ROW under [mysqld] and restart");
            }
            if (!"FULL".equalsIgnoreCase(settings.getString(3))) {
                missing.add("binlog_row_image is " + settings.getString(3)
                        + ": set binlog_row_image = FULL under [mysqld] and restart");
            }
            if (settings.getLong(4) == database.serverId()) {
                missing.add("the server's server_id is " + database.serverId()
                        + ", the same as the hub's: declare another server-id in the pipeline's source");
            }
        }
        List<String> lacking = lackingPrivileges(connection);
        if (!lacking.isEmpty()) {
            missing.add("user " + database.user() + " lacks " + String.join(", ", lacking) + ": run GRANT "
                    + String.join(", ", lacking) + " ON *.* TO '" + database.user() + "'@'<the hub's host>'");
        }
    }

    /** The global privileges the account's grants do not give; ALL PRIVILEGES ON *.* gives every one. */
    private static List<String> lackingPrivileges(Connection connection) throws SQLException {
        StringBuilder global = new StringBuilder();
        try (Statement sql = connection.createStatement();
                ResultSet grants = sql.executeQuery("SHOW GRANTS FOR CURRENT_USER()")) {
            while (grants.next()) {
                String grant = grants.getString(1).toUpperCase(Locale.ROOT);
                if (grant.contains(" ON *.* ")) {
                    global.append(grant).append('\n');
                }
            }
        }
        if (global.indexOf("ALL PRIVILEGES") >= 0) {
            return List.of();
        }
        List<String> lacking = new ArrayList<>();
        for (String privilege : GLOBAL_PRIVILEGES) {
            boolean granted = global.indexOf(privilege) >= 0
                    || ("BINLOG MONITOR".equals(privilege) && global.indexOf("REPLICATION CLIENT") >= 0);
            if (!granted) {
                lacking.add(privilege);
            }
        }
        return lacking;
    }
}
