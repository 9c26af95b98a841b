package id.satudata.hub.connectors.jdbc;

import java.sql.SQLException;

/** A source database's failure, unchecked for the poller, with its SQL state in the message for the pipeline's state. */
public final class JdbcSourceException extends RuntimeException {

    JdbcSourceException(SQLException cause) {
        super(describe(cause), cause);
    }

    /** The failure's message, with the SQL state of a database failure, e.g. {@code ... (SQL state 28P01)}. */
    static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return failure instanceof SQLException sql && sql.getSQLState() != null
                ? message + " (SQL state " + sql.getSQLState() + ")"
                : message;
    }
}
