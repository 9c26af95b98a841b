package id.satudata.hub.catalog.store;

import java.io.IOException;
import java.io.StringReader;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.postgresql.PGConnection;

/**
 * Records, inside a batch transaction, the keys a full snapshot has seen in table {@code snapshot_key}, so that they
 * commit with the batch: a snapshot resumed after a crash still knows every key it saw before. PostgreSQL gets them
 * by COPY (a million keys in about a second); other databases by a JDBC batch.
 */
final class SnapshotKeys {

    private static final String COPY = "copy snapshot_key (snapshot_id, record_key) from stdin";
    private static final String INSERT = "insert into snapshot_key (snapshot_id, record_key) values (?, ?)";

    private SnapshotKeys() {}

    /** Remembers the keys of the batch's upserts as seen by the snapshot. */
    static void record(DSLContext tx, long snapshotId, List<List<KeyedChange>> segments) {
        List<String> keys = segments.stream()
                .flatMap(List::stream)
                .filter(change -> !change.isDelete())
                .map(KeyedChange::key)
                .toList();
        if (keys.isEmpty()) {
            return;
        }
        if (tx.dialect().family() == SQLDialect.POSTGRES) {
            copy(tx, snapshotId, keys);
        } else {
            insert(tx, snapshotId, keys);
        }
    }

    private static void copy(DSLContext tx, long snapshotId, List<String> keys) {
        StringBuilder rows = new StringBuilder(32 * keys.size());
        for (String key : keys) {
            rows.append(snapshotId).append('\t');
            CopyText.appendText(rows, key);
            rows.append('\n');
        }
        tx.connection(connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY of the snapshot's keys failed", e);
            }
        });
    }

    private static void insert(DSLContext tx, long snapshotId, List<String> keys) {
        tx.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (String key : keys) {
                    insert.setLong(1, snapshotId);
                    insert.setString(2, key);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
