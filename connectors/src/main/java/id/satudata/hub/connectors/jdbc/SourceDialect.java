package id.satudata.hub.connectors.jdbc;

import java.time.Duration;
import java.util.Properties;

/**
 * What differs between the source databases: how to write "the database's clock minus a lag" (incremental reads
 * trust the source's clock, never the hub's, which may be set differently), and how a connection gives up in
 * time on an unreachable server. Chosen by the JDBC URL; any other database gets standard SQL.
 */
enum SourceDialect {
    POSTGRESQL {
        @Override
        String clockMinus(Duration lag) {
            return "current_timestamp - interval '" + lag.toMillis() + " milliseconds'";
        }

        @Override
        void limitConnectWait(Properties properties) {
            properties.setProperty("connectTimeout", "10"); // seconds
        }
    },
    MARIADB {
        @Override
        String clockMinus(Duration lag) {
            return "current_timestamp(6) - interval " + lag.toMillis() * 1000 + " microsecond";
        }

        @Override
        void limitConnectWait(Properties properties) {
            properties.setProperty("connectTimeout", "10000"); // milliseconds
        }
    },
    STANDARD {
        @Override
        String clockMinus(Duration lag) {
            return "current_timestamp - interval '" + lag.toMillis() / 1000.0 + "' second";
        }

        @Override
        void limitConnectWait(Properties properties) {
            // the driver's default
        }
    };

    static SourceDialect of(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        return url.startsWith("jdbc:mariadb:") || url.startsWith("jdbc:mysql:") ? MARIADB : STANDARD;
    }

    /** An SQL expression of the source's current time minus the lag; the lag is a number, never user text. */
    abstract String clockMinus(Duration lag);

    abstract void limitConnectWait(Properties properties);
}
