package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.Dataset;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record5;
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

    @Override
    public List<ChangeEntry> after(String datasetId, long afterSeq, int limit) {
        return select(datasetId, afterSeq, limit)
                .fetch(row -> new ChangeEntry(
                        row.value1(), row.value2().charAt(0), row.value3(), row.value4(), row.value5()));
    }

    /** The read of {@link #after}; ordered as the key is, so that H2 reads the range in key order and stops at the
     * limit, where ordered by {@code seq} alone it sorted every later entry of the dataset at each read. */
    ResultQuery<Record5<Long, String, String, byte[], Integer>> select(String datasetId, long afterSeq, int limit) {
        return dsl.select(
                        StoreTables.ChangeLog.SEQ,
                        StoreTables.ChangeLog.OP,
                        StoreTables.ChangeLog.RECORD_KEY,
                        StoreTables.ChangeLog.PAYLOAD,
                        StoreTables.ChangeLog.SCHEMA_VERSION)
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
