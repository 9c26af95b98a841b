package id.satudata.hub.catalog.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The fastest way in for a batch whose keys are all new, as in a first load or an appended period: binary COPY
 * straight into the dataset table and the change log, each row a create numbered in batch order. A key that already exists
 * makes the table's primary key refuse the COPY; the attempt is rolled back to its savepoint and the batch goes
 * the general way, so the outcome is the same either way.
 */
final class PostgresNewKeysCopy {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Bytes sent per COPY message: large enough to be few, small enough to start the server early. */
    private static final int CHUNK = 256 * 1024;

    /**
     * The binary COPY fields after the sequence of each row, for the dataset table and the change log: each buffer
     * holds the rows back to back, row {@code i} ending at {@code ends[i]}.
     */
    record Rows(CopyBuffer table, CopyBuffer log, int[] ends, int[] logEnds) {

        int count() {
            return ends.length;
        }
    }

    private PostgresNewKeysCopy() {}

    /** The rows of one segment of upserts, ready before the transaction; the sequence is added when it is known. */
    static Rows prepare(DatasetLayout layout, List<KeyedChange> segment) {
        CopyBuffer table = new CopyBuffer(segment.size() * 128);
        CopyBuffer log = new CopyBuffer(segment.size() * 96);
        int[] ends = new int[segment.size()];
        int[] logEnds = new int[segment.size()];
        RecordPayload payload = new RecordPayload(layout.schema());
        for (int i = 0; i < segment.size(); i++) {
            KeyedChange change = segment.get(i);
            CopyBinary.writeText(table, change.key());
            for (DatasetColumn column : layout.columns()) {
                CopyBinary.writeValue(table, column, change.record().get(column.position()));
            }
            ends[i] = table.size();
            CopyBinary.writeText(log, change.key());
            payload.writeCopyField(change.record(), log);
            logEnds[i] = log.size();
        }
        return new Rows(table, log, ends, logEnds);
    }

    /** Copies the rows as creates from {@code lastSeq + 1}; false, with nothing written, when a key exists. */
    static boolean tryCopy(Connection connection, DatasetLayout layout, Rows rows, ChangeWriter.WriteContext context)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Instant now = context.now().toInstant();
        CopyBuffer stamp = new CopyBuffer(64);
        CopyBinary.writeText(stamp, context.source());
        CopyBinary.writeInt4(stamp, layout.schemaVersion());
        CopyBinary.writeTimestamp(stamp, now);
        CopyBuffer logStamp = new CopyBuffer(64);
        CopyBinary.writeText(logStamp, "c");
        CopyBinary.writeText(logStamp, context.datasetId());
        CopyBinary.writeInt4(logStamp, layout.schemaVersion());
        CopyBinary.writeInt8(logStamp, context.runId());
        CopyBinary.writeTimestamp(logStamp, now);
        Savepoint savepoint = connection.setSavepoint();
        try {
            stream(
                    copy,
                    "copy " + quote(layout.tableName()) + " (_seq, _key, "
                            + String.join(
                                    ", ",
                                    layout.columns().stream()
                                            .map(c -> quote(c.name()))
                                            .toList())
                            + ", _source, _schema_version, _updated_at) from stdin with (format binary)",
                    rows.table(),
                    rows.ends(),
                    layout.columns().size() + 5,
                    context.lastSeq(),
                    stamp.toByteArray());
            stream(
                    copy,
                    "copy change_log (seq, record_key, payload, op, dataset_id, schema_version, run_id, changed_at)"
                            + " from stdin with (format binary)",
                    rows.log(),
                    rows.logEnds(),
                    8,
                    context.lastSeq(),
                    logStamp.toByteArray());
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
    }

    /**
     * Streams one binary COPY: each tuple its field count, its sequence, its prepared fields and the stamp, sent in
     * chunks as they fill, so that the server stores the first rows while the last are still being numbered.
     */
    private static void stream(
            CopyManager copy, String sql, CopyBuffer rows, int[] ends, int fields, long lastSeq, byte[] stamp)
            throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            CopyBuffer chunk = new CopyBuffer(CHUNK + 1024);
            chunk.write(CopyBinary.HEADER);
            long seq = lastSeq;
            int start = 0;
            for (int end : ends) {
                chunk.writeShort(fields);
                CopyBinary.writeInt8(chunk, ++seq);
                chunk.write(rows.array(), start, end - start);
                chunk.write(stamp);
                start = end;
                if (chunk.size() >= CHUNK) {
                    in.writeToCopy(chunk.array(), 0, chunk.size());
                    chunk.reset();
                }
            }
            chunk.write(CopyBinary.TRAILER);
            in.writeToCopy(chunk.array(), 0, chunk.size());
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
