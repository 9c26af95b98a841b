package id.satudata.hub.catalog.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.postgresql.PGConnection;

/**
 * The PostgreSQL fast path: a batch of only new keys goes by COPY straight into its tables
 * ({@link PostgresNewKeysCopy}); any other batch goes by COPY into a session-local staging table, then each segment is
 * applied by one set-based statement ({@link PostgresApplySql}) that finds the real changes, numbers them, writes
 * the dataset table and appends the change log.
 */
final class PostgresCopyWriter implements ChangeWriter {

    private final Map<String, PostgresApplySql> statements = new ConcurrentHashMap<>();
    /** Datasets whose last batch had only new keys: their next batch tries {@link PostgresNewKeysCopy} first. */
    private final Map<String, Boolean> expectNewKeys = new ConcurrentHashMap<>();

    /** What is made ready before the transaction: the rows for the new-keys COPY, or else the staging text. */
    private record Prepared(PostgresNewKeysCopy.Rows newKeys, byte[] stagingText) {}

    @Override
    public Object prepare(DatasetLayout layout, List<List<KeyedChange>> segments) {
        boolean onlyUpserts = segments.size() == 1 && segments.get(0).stream().noneMatch(KeyedChange::isDelete);
        if (onlyUpserts && expectNewKeys.getOrDefault(layout.datasetId(), true)) {
            return new Prepared(PostgresNewKeysCopy.prepare(layout, segments.get(0)), null);
        }
        return new Prepared(null, copyText(layout, segments));
    }

    @Override
    public WriteOutcome write(
            DSLContext tx,
            DatasetLayout layout,
            List<List<KeyedChange>> segments,
            Object prepared,
            WriteContext context) {
        Prepared ready = (Prepared) prepared;
        if (ready.newKeys() != null && tryNewKeys(tx, layout, ready.newKeys(), context)) {
            return new WriteOutcome(ready.newKeys().count(), 0, 0);
        }
        WriteOutcome outcome = writeThroughStaging(tx, layout, segments, ready.stagingText(), context);
        expectNewKeys.put(
                layout.datasetId(),
                outcome.inserted() == segments.stream().mapToInt(List::size).sum());
        return outcome;
    }

    private boolean tryNewKeys(
            DSLContext tx, DatasetLayout layout, PostgresNewKeysCopy.Rows rows, WriteContext context) {
        boolean[] copied = new boolean[1];
        tx.connection(connection -> copied[0] = PostgresNewKeysCopy.tryCopy(connection, layout, rows, context));
        if (!copied[0]) {
            expectNewKeys.put(layout.datasetId(), false);
        }
        return copied[0];
    }

    private WriteOutcome writeThroughStaging(
            DSLContext tx, DatasetLayout layout, List<List<KeyedChange>> segments, byte[] text, WriteContext context) {
        PostgresApplySql sql = statements.computeIfAbsent(
                layout.tableName() + '\n' + layout.schema() + '\n' + layout.schemaVersion(),
                signature -> new PostgresApplySql(layout, signature.hashCode()));
        tx.execute(sql.createStaging());
        copy(tx, sql, text != null ? text : copyText(layout, segments));
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
        RecordPayload payload = new RecordPayload(layout);
        for (int segment = 0; segment < segments.size(); segment++) {
            for (KeyedChange change : segments.get(segment)) {
                appendRow(rows, layout, payload, segment, change);
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

    private static void appendRow(
            StringBuilder rows, DatasetLayout layout, RecordPayload payload, int segment, KeyedChange change) {
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
            rows.append("\\\\x").append(HexFormat.of().formatHex(payload.encode(change.record())));
        }
        rows.append('\n');
    }
}
