package id.satudata.hub.catalog.store;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** The change log rows of one segment, inserted in one batch. */
final class ChangeLogRows {

    private static final String INSERT = "insert into change_log"
            + " (dataset_id, seq, op, record_key, payload, schema_version, run_id, changed_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)";

    private final DatasetLayout layout;
    private final ChangeWriter.WriteContext context;
    private final List<LogRow> rows = new ArrayList<>();

    private record LogRow(long seq, String op, String key, byte[] payload) {}

    ChangeLogRows(DatasetLayout layout, ChangeWriter.WriteContext context) {
        this.layout = layout;
        this.context = context;
    }

    void add(long seq, String op, String key, byte[] payload) {
        rows.add(new LogRow(seq, op, key, payload));
    }

    void insert(DSLContext tx) {
        if (rows.isEmpty()) {
            return;
        }
        // plain JDBC: jOOQ binds byte[] as a Blob, which H2 first stores as a LOB, at four times the cost per row
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (LogRow row : rows) {
                    insert.setString(1, layout.datasetId());
                    insert.setLong(2, row.seq());
                    insert.setString(3, row.op());
                    insert.setString(4, row.key());
                    insert.setBytes(5, row.payload());
                    insert.setInt(6, layout.schemaVersion());
                    insert.setLong(7, context.runId());
                    insert.setObject(8, context.now());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
