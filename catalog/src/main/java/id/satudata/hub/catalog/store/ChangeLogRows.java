package id.satudata.hub.catalog.store;

import static org.jooq.impl.DSL.param;

import id.satudata.hub.catalog.store.StoreTables.ChangeLog;
import java.util.ArrayList;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** The change log rows of one segment, inserted in one batch. */
final class ChangeLogRows {

    private final DatasetLayout layout;
    private final ChangeWriter.WriteContext context;
    private final List<Object[]> rows = new ArrayList<>();

    ChangeLogRows(DatasetLayout layout, ChangeWriter.WriteContext context) {
        this.layout = layout;
        this.context = context;
    }

    void add(long seq, String op, String key, byte[] payload) {
        rows.add(new Object[] {
            layout.datasetId(), seq, op, key, payload, layout.schemaVersion(), context.runId(), context.now()
        });
    }

    void insert(DSLContext tx) {
        if (rows.isEmpty()) {
            return;
        }
        BatchBindStep batch = tx.batch(tx.insertInto(
                        ChangeLog.TABLE,
                        ChangeLog.DATASET_ID,
                        ChangeLog.SEQ,
                        ChangeLog.OP,
                        ChangeLog.RECORD_KEY,
                        ChangeLog.PAYLOAD,
                        ChangeLog.SCHEMA_VERSION,
                        ChangeLog.RUN_ID,
                        ChangeLog.CHANGED_AT)
                .values(
                        param(ChangeLog.DATASET_ID.getDataType()),
                        param(ChangeLog.SEQ.getDataType()),
                        param(ChangeLog.OP.getDataType()),
                        param(ChangeLog.RECORD_KEY.getDataType()),
                        param(ChangeLog.PAYLOAD.getDataType()),
                        param(ChangeLog.SCHEMA_VERSION.getDataType()),
                        param(ChangeLog.RUN_ID.getDataType()),
                        param(ChangeLog.CHANGED_AT.getDataType())));
        rows.forEach(batch::bind);
        batch.execute();
    }
}
