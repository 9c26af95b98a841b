package id.satudata.hub.catalog.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The fastest way in for a batch whose keys are all new, as in a first load or an appended period: COPY straight
 * into the dataset table and the change log, each row a create numbered in batch order. A key that already exists
 * makes the table's primary key refuse the COPY; the attempt is rolled back to its savepoint and the batch goes
 * the general way, so the outcome is the same either way.
 */
final class PostgresNewKeysCopy {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Per row, the COPY text after the sequence: the dataset table's values, and the change log's key and payload. */
    record Rows(List<byte[]> table, List<byte[]> log) {}

    private PostgresNewKeysCopy() {}

    /** The rows of one segment of upserts, ready before the transaction; the sequence is added when it is known. */
    static Rows prepare(DatasetLayout layout, List<KeyedChange> segment) {
        List<byte[]> table = new ArrayList<>(segment.size());
        List<byte[]> log = new ArrayList<>(segment.size());
        StringBuilder row = new StringBuilder(256);
        for (KeyedChange change : segment) {
            row.setLength(0);
            CopyText.appendText(row, change.key());
            for (DatasetColumn column : layout.columns()) {
                row.append('\t');
                CopyText.appendValue(row, column, change.record().get(column.position()));
            }
            table.add(row.toString().getBytes(StandardCharsets.UTF_8));
            row.setLength(0);
            CopyText.appendText(row, change.key());
            row.append('\t');
            CopyText.appendText(row, RecordJson.of(change.record()));
            log.add(row.toString().getBytes(StandardCharsets.UTF_8));
        }
        return new Rows(table, log);
    }

    /** Copies the rows as creates from {@code lastSeq + 1}; false, with nothing written, when a key exists. */
    static boolean tryCopy(Connection connection, DatasetLayout layout, Rows rows, ChangeWriter.WriteContext context)
            throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String stamp = "\t" + CopyText.text(context.source()) + "\t" + layout.schemaVersion() + "\t" + context.now();
        String logStamp = "\tc\t" + CopyText.text(context.datasetId()) + "\t" + layout.schemaVersion() + "\t"
                + context.runId() + "\t" + context.now();
        Savepoint savepoint = connection.setSavepoint();
        try {
            copy.copyIn(
                    "copy " + quote(layout.tableName()) + " (_seq, _key, "
                            + String.join(
                                    ", ",
                                    layout.columns().stream()
                                            .map(c -> quote(c.name()))
                                            .toList())
                            + ", _source, _schema_version, _updated_at) from stdin",
                    new java.io.ByteArrayInputStream(numbered(rows.table(), context.lastSeq(), stamp)));
            copy.copyIn(
                    "copy change_log (seq, record_key, payload, op, dataset_id, schema_version, run_id, changed_at)"
                            + " from stdin",
                    new java.io.ByteArrayInputStream(numbered(rows.log(), context.lastSeq(), logStamp)));
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        } catch (IOException e) {
            throw new SQLException("COPY of new records failed", e);
        }
    }

    private static byte[] numbered(List<byte[]> rows, long lastSeq, String stamp) {
        byte[] suffix = (stamp + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * (suffix.length + 280));
        long seq = lastSeq;
        for (byte[] row : rows) {
            out.writeBytes(Long.toString(++seq).getBytes(StandardCharsets.US_ASCII));
            out.write('\t');
            out.writeBytes(row);
            out.writeBytes(suffix);
        }
        return out.toByteArray();
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }
}
