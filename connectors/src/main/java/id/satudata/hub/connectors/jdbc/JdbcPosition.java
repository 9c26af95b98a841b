package id.satudata.hub.connectors.jdbc;

import java.util.List;
import java.util.Optional;

/**
 * A {@code jdbc} source's position, committed with each batch:
 *
 * <ul>
 *   <li>{@code incremental:<timestamp>;<key...>}: the last row committed, in (timestamp, key) order;
 *   <li>{@code snapshot:<id>;<key...>}: a snapshot in progress and the last key committed, in key order, so that a
 *       snapshot cut off by a crash resumes after it (no key yet: {@code snapshot:<id>;});
 *   <li>{@code snapshot-done:<id>}: the snapshot finished; the next poll starts another.
 * </ul>
 */
sealed interface JdbcPosition {

    /** @param values the timestamp, then the key values */
    record Incremental(List<Object> values) implements JdbcPosition {
        @Override
        public String toString() {
            return "incremental:" + PositionValues.write(values);
        }
    }

    /** @param lastKey the key values of the last committed row, empty when none is committed yet */
    record Snapshot(long id, List<Object> lastKey) implements JdbcPosition {
        @Override
        public String toString() {
            return "snapshot:" + id + ";" + PositionValues.write(lastKey);
        }
    }

    record SnapshotDone(long id) implements JdbcPosition {
        @Override
        public String toString() {
            return "snapshot-done:" + id;
        }
    }

    /** The position a committed text denotes; empty for none, or for a position of another kind or mode. */
    static Optional<JdbcPosition> parse(Optional<String> committed) {
        if (committed.isEmpty()) {
            return Optional.empty();
        }
        String text = committed.get();
        try {
            if (text.startsWith("incremental:")) {
                return Optional.of(new Incremental(PositionValues.read(text.substring("incremental:".length()))));
            }
            if (text.startsWith("snapshot:")) {
                int semicolon = text.indexOf(';');
                long id = Long.parseLong(text.substring("snapshot:".length(), semicolon));
                return Optional.of(new Snapshot(id, PositionValues.read(text.substring(semicolon + 1))));
            }
            if (text.startsWith("snapshot-done:")) {
                return Optional.of(new SnapshotDone(Long.parseLong(text.substring("snapshot-done:".length()))));
            }
        } catch (RuntimeException unreadable) {
            throw new IllegalStateException("the committed position '" + text + "' cannot be read", unreadable);
        }
        return Optional.empty();
    }
}
