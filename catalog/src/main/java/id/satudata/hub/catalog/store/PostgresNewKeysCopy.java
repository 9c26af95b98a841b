package id.satudata.hub.catalog.store;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.util.ArrayList;
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

    /** Per row, the binary COPY fields after the sequence: the dataset table's values, the change log's key and payload. */
    record Rows(List<byte[]> table, List<byte[]> log) {}

    private PostgresNewKeysCopy() {}

    /** The rows of one segment of upserts, ready before the transaction; the sequence is added when it is known. */
    static Rows prepare(DatasetLayout layout, List<KeyedChange> segment) {
        List<byte[]> table = new ArrayList<>(segment.size());
        List<byte[]> log = new ArrayList<>(segment.size());
        ByteArrayOutputStream row = new ByteArrayOutputStream(256);
        RecordPayload payload = new RecordPayload(layout.schema());
        for (KeyedChange change : segment) {
            row.reset();
            CopyBinary.writeText(row, change.key());
            for (DatasetColumn column : layout.columns()) {
                CopyBinary.writeValue(row, column, change.record().get(column.position()));
            }
            table.add(row.toByteArray());
            row.reset();
            CopyBinary.writeText(row, change.key());
            CopyBinary.writeBytes(row, payload.encode(change.record()));
            log.add(row.toByteArray());
        }
        return new Rows(table, log);
    }

    /** Copies the rows as creates from {@code lastSeq + 1}; false, with nothing written, when a key exists. */
    static boolean tryCopy(Connection connection, DatasetLayout layout, Rows rows, ChangeWriter.WriteContext context)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Instant now = context.now().toInstant();
        ByteArrayOutputStream stamp = new ByteArrayOutputStream(64);
        CopyBinary.writeText(stamp, context.source());
        CopyBinary.writeInt4(stamp, layout.schemaVersion());
        CopyBinary.writeTimestamp(stamp, now);
        ByteArrayOutputStream logStamp = new ByteArrayOutputStream(64);
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
                    layout.columns().size() + 5,
                    context.lastSeq(),
                    stamp.toByteArray());
            stream(
                    copy,
                    "copy change_log (seq, record_key, payload, op, dataset_id, schema_version, run_id, changed_at)"
                            + " from stdin with (format binary)",
                    rows.log(),
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
    private static void stream(CopyManager copy, String sql, List<byte[]> rows, int fields, long lastSeq, byte[] stamp)
            throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            ByteArrayOutputStream chunk = new ByteArrayOutputStream(CHUNK + 1024);
            chunk.writeBytes(CopyBinary.HEADER);
            long seq = lastSeq;
            for (byte[] row : rows) {
                CopyBinary.writeShort(chunk, fields);
                CopyBinary.writeInt8(chunk, ++seq);
                chunk.writeBytes(row);
                chunk.writeBytes(stamp);
                if (chunk.size() >= CHUNK) {
                    in.writeToCopy(chunk.toByteArray(), 0, chunk.size());
                    chunk.reset();
                }
            }
            chunk.writeBytes(CopyBinary.TRAILER);
            in.writeToCopy(chunk.toByteArray(), 0, chunk.size());
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
