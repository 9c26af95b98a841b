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
        // plain JDBC: jOOQ binds byte[] as a Blob, which H2 first stores as a LOB, at four times the cost per row
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (Object[] row : rows) {
                    insert.setString(1, (String) row[0]);
                    insert.setLong(2, (Long) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.setString(4, (String) row[3]);
                    insert.setBytes(5, (byte[]) row[4]);
                    insert.setInt(6, (Integer) row[5]);
                    insert.setLong(7, (Long) row[6]);
                    insert.setObject(8, row[7]);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
