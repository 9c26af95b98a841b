package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record6;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The change logs read through the primary key {@code (dataset_id, seq)}: a range scan from the outlet's position,
 * so that reading the next entries costs the same at the millionth entry as at the first.
 */
@Component
public class JooqChangeLog implements ChangeLog {

    private final DSLContext dsl;

    public JooqChangeLog(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * One read of the next rows, with the payloads of single entries; segment rows ({@link ChangeLogSegment}) count
     * as all their entries, and the payloads of those the page needs are read in a second query, so that a page never
     * loads more segments than it returns entries from. A change log of single entries (H2, or updates) is read once.
     */
    @Override
    public List<ChangeEntry> after(String datasetId, long afterSeq, int limit) {
        List<Record6<Long, Long, String, String, Integer, byte[]>> page = new ArrayList<>();
        List<Long> segments = new ArrayList<>();
        long entries = 0;
        for (Record6<Long, Long, String, String, Integer, byte[]> row : select(datasetId, afterSeq, limit)) {
            page.add(row);
            if (row.value2() != null) {
                segments.add(row.value1());
            }
            entries += row.value2() == null ? 1 : row.value1() - Math.max(row.value2(), afterSeq + 1) + 1;
            if (entries >= limit) {
                break;
            }
        }
        Map<Long, byte[]> packed = segments.isEmpty()
                ? Map.of()
                : dsl.select(StoreTables.ChangeLog.SEQ, StoreTables.ChangeLog.PAYLOAD)
                        .from(StoreTables.ChangeLog.TABLE)
                        .where(StoreTables.ChangeLog.DATASET_ID.eq(datasetId))
                        .and(StoreTables.ChangeLog.SEQ.in(segments))
                        .fetchMap(StoreTables.ChangeLog.SEQ, StoreTables.ChangeLog.PAYLOAD);
        List<ChangeEntry> read = new ArrayList<>((int) Math.min(entries, limit));
        for (Record6<Long, Long, String, String, Integer, byte[]> row : page) {
            if (row.value2() == null) {
                read.add(new ChangeEntry(
                        row.value1(), row.value3().charAt(0), row.value4(), row.value6(), row.value5()));
            } else {
                ChangeLogSegment.read(
                        row.value2(), row.value1(), packed.get(row.value1()), row.value5(), afterSeq, limit, read);
            }
        }
        return read;
    }

    /**
     * The rows after {@code afterSeq}: sequence, a segment's first sequence, op, key, schema version and a single
     * entry's payload (a segment's is left out). Ordered as the key is, so that H2 reads the range in key order and
     * stops at the limit, where ordered by {@code seq} alone it sorted every later entry of the dataset.
     */
    ResultQuery<Record6<Long, Long, String, String, Integer, byte[]>> select(
            String datasetId, long afterSeq, int limit) {
        return dsl.select(
                        StoreTables.ChangeLog.SEQ,
                        StoreTables.ChangeLog.SEQ_FIRST,
                        StoreTables.ChangeLog.OP,
                        StoreTables.ChangeLog.RECORD_KEY,
                        StoreTables.ChangeLog.SCHEMA_VERSION,
                        DSL.when(StoreTables.ChangeLog.SEQ_FIRST.isNull(), StoreTables.ChangeLog.PAYLOAD))
                .from(StoreTables.ChangeLog.TABLE)
                .where(StoreTables.ChangeLog.DATASET_ID.eq(datasetId))
                .and(StoreTables.ChangeLog.SEQ.gt(afterSeq))
                .orderBy(StoreTables.ChangeLog.DATASET_ID, StoreTables.ChangeLog.SEQ)
                .limit(limit);
    }

    @Override
    public Map<String, Long> lastSequences() {
        return dsl.select(Dataset.ID, Dataset.LAST_SEQ).from(Dataset.TABLE).fetchMap(Dataset.ID, Dataset.LAST_SEQ);
    }
}
