package id.satudata.hub.catalog.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL fast path: the whole batch goes by COPY into a session-local staging table, then each segment is
 * applied by one set-based statement ({@link PostgresApplySql}) that finds the real changes, numbers them, writes
 * the dataset table and appends the change log.
 */
final class PostgresCopyWriter implements ChangeWriter {

    private final Map<String, PostgresApplySql> statements = new ConcurrentHashMap<>();

    @Override
    public Object prepare(DatasetLayout layout, List<List<KeyedChange>> segments) {
        return copyText(layout, segments);
    }

    @Override
    public WriteOutcome write(
            DSLContext tx,
            DatasetLayout layout,
            List<List<KeyedChange>> segments,
            Object prepared,
            WriteContext context) {
        PostgresApplySql sql = statements.computeIfAbsent(
                layout.tableName() + '\n' + layout.schema() + '\n' + layout.schemaVersion(),
                signature -> new PostgresApplySql(layout, signature.hashCode()));
        // A server crash may lose the last batches, but never one without its source position (they commit
        // together), so the source replays them: exactly once holds without waiting for each WAL flush.
        tx.execute("set local synchronous_commit to off");
        tx.execute(sql.createStaging());
        copy(tx, sql, prepared instanceof byte[] text ? text : copyText(layout, segments));
        WriteOutcome total = new WriteOutcome(0, 0, 0);
        for (int segment = 0; segment < segments.size(); segment++) {
            org.jooq.Record counts = tx.resultQuery(
                            sql.apply(),
                            segment,
                            context.lastSeq() + total.changes(),
                            context.source(),
                            context.now(),
                            context.source(),
                            context.now(),
                            context.datasetId(),
                            context.runId(),
                            context.now())
                    .fetchSingle();
            total = total.plus(
                    new WriteOutcome(counts.get(0, Long.class), counts.get(1, Long.class), counts.get(2, Long.class)));
        }
        // the rows would go at commit anyway; emptying now keeps a second batch in the same transaction apart
        tx.execute(sql.truncateStaging());
        return total;
    }

    /** The rows of every segment in COPY text format, as UTF-8. */
    private static byte[] copyText(DatasetLayout layout, List<List<KeyedChange>> segments) {
        int size = segments.stream().mapToInt(List::size).sum();
        StringBuilder rows = new StringBuilder(size * 256);
        for (int segment = 0; segment < segments.size(); segment++) {
            for (KeyedChange change : segments.get(segment)) {
                appendRow(rows, layout, segment, change);
            }
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void copy(DSLContext tx, PostgresApplySql sql, byte[] bytes) {
        tx.connection(connection -> {
            try {
                connection
                        .unwrap(PGConnection.class)
                        .getCopyAPI()
                        .copyIn(sql.copyIn(), new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new SQLException("COPY into the staging table failed", e);
            }
        });
    }

    private static void appendRow(StringBuilder rows, DatasetLayout layout, int segment, KeyedChange change) {
        rows.append(change.ordinal()).append('\t').append(segment).append('\t');
        rows.append(change.isDelete() ? 't' : 'f').append('\t');
        CopyText.appendText(rows, change.key());
        for (DatasetColumn column : layout.columns()) {
            rows.append('\t');
            CopyText.appendValue(
                    rows, column, change.isDelete() ? null : change.record().get(column.position()));
        }
        rows.append('\t');
        if (change.isDelete()) {
            rows.append("\\N");
        } else {
            CopyText.appendText(rows, RecordJson.of(change.record()));
        }
        rows.append('\n');
    }
}
