package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.ResultQuery;
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
     * Two reads: the sequences of the next rows, which say how many rows hold {@code limit} entries once segment
     * rows ({@link ChangeLogSegment}) count as all their entries; then those rows with their payloads, so that a
     * page never loads more segments than it returns entries from.
     */
    @Override
    public List<ChangeEntry> after(String datasetId, long afterSeq, int limit) {
        long through = afterSeq;
        int entries = 0;
        for (Record2<Long, Long> row : select(datasetId, afterSeq, limit)) {
            long first = row.value2() == null ? row.value1() : Math.max(row.value2(), afterSeq + 1);
            entries += (int) (row.value1() - first + 1);
            through = row.value1();
            if (entries >= limit) {
                break;
            }
        }
        if (through == afterSeq) {
            return List.of();
        }
        List<ChangeEntry> read = new ArrayList<>(Math.min(entries, limit));
        dsl.select(
                        StoreTables.ChangeLog.SEQ,
                        StoreTables.ChangeLog.OP,
                        StoreTables.ChangeLog.RECORD_KEY,
                        StoreTables.ChangeLog.PAYLOAD,
                        StoreTables.ChangeLog.SCHEMA_VERSION,
                        StoreTables.ChangeLog.SEQ_FIRST)
                .from(StoreTables.ChangeLog.TABLE)
                .where(StoreTables.ChangeLog.DATASET_ID.eq(datasetId))
                .and(StoreTables.ChangeLog.SEQ.gt(afterSeq))
                .and(StoreTables.ChangeLog.SEQ.le(through))
                .orderBy(StoreTables.ChangeLog.DATASET_ID, StoreTables.ChangeLog.SEQ)
                .forEach(row -> {
                    if (row.value6() == null) {
                        read.add(new ChangeEntry(
                                row.value1(), row.value2().charAt(0), row.value3(), row.value4(), row.value5()));
                    } else {
                        ChangeLogSegment.read(
                                row.value6(), row.value1(), row.value4(), row.value5(), afterSeq, limit, read);
                    }
                });
        return read.size() > limit ? read.subList(0, limit) : read;
    }

    /** The sequences of the rows after {@code afterSeq}, ordered as the key is, so that H2 reads the range in key
     * order and stops at the limit, where ordered by {@code seq} alone it sorted every later entry of the dataset. */
    ResultQuery<Record2<Long, Long>> select(String datasetId, long afterSeq, int limit) {
        return dsl.select(StoreTables.ChangeLog.SEQ, StoreTables.ChangeLog.SEQ_FIRST)
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
