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
 * straight into the dataset table, one row per record, and into the change log, one segment row per
 * {@link ChangeLogSegment#MAX_ENTRIES} creates numbered in batch order. A key that already exists makes the table's
 * primary key refuse the COPY; the attempt is rolled back to its savepoint and the batch goes the general way, so
 * the outcome is the same either way.
 */
final class PostgresNewKeysCopy {

    private static final String UNIQUE_VIOLATION = "23505";
    /** Bytes sent per COPY message: large enough to be few, small enough to start the server early. */
    private static final int CHUNK = 256 * 1024;

    /**
     * The binary COPY fields after the sequences of each row, for the dataset table and the change log's segments:
     * each buffer holds its rows back to back, row {@code i} ending at {@code ends[i]}.
     */
    record Rows(CopyBuffer table, int[] ends, CopyBuffer segments, int[] segmentEnds) {

        int count() {
            return ends.length;
        }
    }

    /** Writes the fields a row starts with once the sequence before the batch is known. */
    private interface RowStart {
        void write(CopyBuffer chunk, int row, long lastSeq);
    }

    private PostgresNewKeysCopy() {}

    /** The rows of one segment of upserts, ready before the transaction; the sequences are added when known. */
    static Rows prepare(DatasetLayout layout, List<KeyedChange> changes) {
        CopyBuffer table = new CopyBuffer(changes.size() * 128);
        CopyBuffer segments = new CopyBuffer(changes.size() * 80);
        int[] ends = new int[changes.size()];
        int[] segmentEnds = new int[(changes.size() + ChangeLogSegment.MAX_ENTRIES - 1) / ChangeLogSegment.MAX_ENTRIES];
        RecordPayload payload = new RecordPayload(layout);
        int packedAt = 0;
        for (int i = 0; i < changes.size(); i++) {
            KeyedChange change = changes.get(i);
            CopyBinary.writeText(table, change.key());
            for (DatasetColumn column : layout.columns()) {
                CopyBinary.writeValue(table, column, change.record().get(column.position()));
            }
            ends[i] = table.size();
            if (i % ChangeLogSegment.MAX_ENTRIES == 0) {
                CopyBinary.writeText(segments, ""); // record_key: each entry carries its own
                packedAt = segments.size();
                segments.writeInt(0);
            }
            ChangeLogSegment.append(segments, change.key(), payload, change.record());
            if ((i + 1) % ChangeLogSegment.MAX_ENTRIES == 0 || i + 1 == changes.size()) {
                segments.putInt(packedAt, segments.size() - packedAt - 4);
                segmentEnds[i / ChangeLogSegment.MAX_ENTRIES] = segments.size();
            }
        }
        return new Rows(table, ends, segments, segmentEnds);
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
        int count = rows.count();
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
                    (chunk, row, lastSeq) -> CopyBinary.writeInt8(chunk, lastSeq + 1 + row),
                    context.lastSeq(),
                    stamp.toByteArray());
            stream(
                    copy,
                    "copy change_log (seq, seq_first, record_key, payload, op, dataset_id, schema_version, run_id,"
                            + " changed_at) from stdin with (format binary)",
                    rows.segments(),
                    rows.segmentEnds(),
                    9,
                    (chunk, segment, lastSeq) -> {
                        long first = (long) segment * ChangeLogSegment.MAX_ENTRIES;
                        CopyBinary.writeInt8(chunk, lastSeq + Math.min(first + ChangeLogSegment.MAX_ENTRIES, count));
                        CopyBinary.writeInt8(chunk, lastSeq + first + 1);
                    },
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
     * Streams one binary COPY: each tuple its field count, its sequences, its prepared fields and the stamp, sent in
     * chunks as they fill, so that the server stores the first rows while the last are still being numbered.
     */
    private static void stream(
            CopyManager copy,
            String sql,
            CopyBuffer rows,
            int[] ends,
            int fields,
            RowStart start,
            long lastSeq,
            byte[] stamp)
            throws SQLException {
        CopyIn in = copy.copyIn(sql);
        try {
            CopyBuffer chunk = new CopyBuffer(CHUNK + 1024);
            chunk.write(CopyBinary.HEADER);
            int from = 0;
            for (int row = 0; row < ends.length; row++) {
                chunk.writeShort(fields);
                start.write(chunk, row, lastSeq);
                chunk.write(rows.array(), from, ends[row] - from);
                chunk.write(stamp);
                from = ends[row];
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
