package id.satudata.hub.connectors.jdbc;

import id.satudata.hub.connectors.ingest.FailureClassifier;
import id.satudata.hub.connectors.ingest.FailureKind;
import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * The failures of a source database, by SQL state first (the standard's classes, which PostgreSQL and MariaDB both
 * follow), then by exception type: connection problems (class 08), serialization failures and deadlocks, a server
 * shutting down or out of connections, timeouts and socket errors pass by themselves; bad credentials (class 28),
 * a missing table or column or a permission denied (class 42), a missing database and anything unknown need an admin.
 */
public final class JdbcFailureClassifier implements FailureClassifier {

    private static final Set<String> TRANSIENT_STATES = Set.of(
            "40001", // serialization failure
            "40P01", // deadlock detected (PostgreSQL)
            "57P01", // admin shutdown (PostgreSQL)
            "57P02", // crash shutdown (PostgreSQL)
            "57P03", // cannot connect now: starting up (PostgreSQL)
            "53300", // too many connections (PostgreSQL)
            "HYT00", // timeout expired
            "HYT01"); // connection timeout expired

    @Override
    public FailureKind classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                FailureKind byState = byState(sql);
                if (byState != null) {
                    return byState;
                }
                if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                    return FailureKind.TRANSIENT;
                }
            }
            if (t instanceof SocketException || t instanceof SocketTimeoutException || t instanceof EOFException) {
                return FailureKind.TRANSIENT;
            }
        }
        return FailureKind.PERMANENT;
    }

    private static FailureKind byState(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return null;
        }
        if (String.valueOf(sql.getMessage()).startsWith("No suitable driver")) {
            return FailureKind.PERMANENT; // DriverManager's 08001 for a URL no driver on the classpath takes
        }
        if (state.startsWith("08") || TRANSIENT_STATES.contains(state)) {
            return FailureKind.TRANSIENT;
        }
        return state.startsWith("28") || state.startsWith("42") || state.startsWith("3D")
                ? FailureKind.PERMANENT
                : null;
    }
}
