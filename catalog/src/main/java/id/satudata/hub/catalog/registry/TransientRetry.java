package id.satudata.hub.catalog.registry;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a write transaction again when the database refused it for a reason a second try removes: a lock wait that
 * timed out (H2 gives up after a second), a deadlock, a serialization failure, or a key another transaction inserted
 * first. Anything else, and the last failure, goes to the caller.
 */
final class TransientRetry {

    static final int ATTEMPTS = 8;

    /** SQL states: serialization failure, PostgreSQL deadlock and lock not available, unique key, H2 lock timeout. */
    private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "55P03", "23505", "HYT00");

    private TransientRetry() {}

    static <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (RuntimeException failure) {
                if (attempt >= ATTEMPTS || !isTransient(failure)) {
                    throw failure;
                }
                pause(attempt);
            }
        }
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return TRANSIENT.contains(sql.getSQLState());
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a registry write", interrupted);
        }
    }
}
