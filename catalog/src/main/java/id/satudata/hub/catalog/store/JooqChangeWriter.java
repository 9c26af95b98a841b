package id.satudata.hub.catalog.store;

import static id.satudata.hub.catalog.store.DatasetTableDdl.KEY;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

/**
 * The portable writer (H2, and any dialect without a fast path): reads the stored rows of the segment's keys,
 * compares them in Java, then batches inserts, updates, deletes and change log rows.
 */
final class JooqChangeWriter implements ChangeWriter {

    private static final int KEYS_PER_SELECT = 1000;

    @Override
    public WriteOutcome write(
            DSLContext tx,
            DatasetLayout layout,
            List<List<KeyedChange>> segments,
            Object prepared,
            WriteContext context) {
        DatasetRows rows = new DatasetRows(layout, tx.dialect());
        WriteOutcome total = new WriteOutcome(0, 0, 0);
        for (List<KeyedChange> segment : segments) {
            WriteContext next = new WriteContext(
                    context.datasetId(),
                    context.lastSeq() + total.changes(),
                    context.source(),
                    context.runId(),
                    context.now());
            total = total.plus(writeSegment(tx, rows, segment, next));
        }
        return total;
    }

    private static WriteOutcome writeSegment(
            DSLContext tx, DatasetRows rows, List<KeyedChange> segment, WriteContext context) {
        DatasetLayout layout = rows.layout();
        Map<String, Object[]> stored = storedRows(tx, rows, segment);
        ChangeLogRows log = new ChangeLogRows(layout, context);
        RecordPayload payload = new RecordPayload(layout);
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        long seq = context.lastSeq();
        for (KeyedChange change : segment) {
            Object[] before = stored.get(change.key());
            if (change.isDelete()) {
                if (before != null) {
                    deletes.add(new Object[] {change.key()});
                    log.add(++seq, "d", change.key(), null);
                }
                continue;
            }
            Object[] values = rows.values(change.record());
            if (before != null && rows.sameValues(before, values)) {
                continue;
            }
            Object[] row = rows.row(change.key(), values, ++seq, context);
            (before == null ? inserts : updates).add(row);
            log.add(seq, before == null ? "c" : "u", change.key(), payload.encode(change.record()));
        }
        rows.insert(tx, inserts);
        rows.update(tx, updates);
        rows.delete(tx, deletes);
        log.insert(tx);
        return new WriteOutcome(inserts.size(), updates.size(), deletes.size());
    }

    private static Map<String, Object[]> storedRows(DSLContext tx, DatasetRows rows, List<KeyedChange> segment) {
        Table<?> table = table(name(rows.layout().tableName()));
        Field<String> key = field(name(KEY), String.class);
        Map<String, Object[]> stored = new HashMap<>(segment.size() * 2);
        for (int from = 0; from < segment.size(); from += KEYS_PER_SELECT) {
            List<String> keys = segment.subList(from, Math.min(segment.size(), from + KEYS_PER_SELECT)).stream()
                    .map(KeyedChange::key)
                    .toList();
            List<Field<?>> select = new ArrayList<>(rows.valueFields());
            select.add(key);
            for (Record record :
                    tx.select(select).from(table).where(key.in(keys)).fetch()) {
                Object[] values = new Object[rows.valueFields().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = record.get(i);
                }
                stored.put(record.get(key), values);
            }
        }
        return stored;
    }
}
