package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Reads the typed table of a dataset a page at a time, with keyset pagination: a page continues after the sort
 * values of the previous page's last row ({@link RecordSort#after}), so no row is skipped or repeated however many
 * rows share a sort value, and a deep page costs what the first one does.
 */
@Repository
class RecordRepository {

    /**
     * Rows read with {@link RecordQuery#selected()}.
     *
     * @param next the cursor of the following page, or {@code null} on the last page
     */
    record Rows(List<Record> rows, String next) {}

    static final int FETCH_SIZE = 2000;

    private final DSLContext sql;
    private final RecordJson recordJson;

    RecordRepository(DSLContext sql, RecordJson recordJson) {
        this.sql = sql;
        this.recordJson = recordJson;
    }

    /**
     * The rows after {@code cursor} (from the first when null) that match every filter, at most {@code limit}; reads
     * one more to know whether a next page exists, so the last page carries no cursor.
     */
    Rows page(RecordQuery query, String cursor, int limit) {
        List<Condition> conditions = new ArrayList<>(query.filters());
        if (cursor != null) {
            conditions.add(query.sort().after(RecordCursor.read(query, cursor)));
        }
        List<Record> rows = sql.select(DatasetColumns.select(query.selected()))
                .from(query.columns().table())
                .where(conditions)
                .orderBy(query.sort().orderBy())
                .limit(limit + 1)
                .fetch();
        if (rows.size() <= limit) {
            return new Rows(rows, null);
        }
        List<Record> page = rows.subList(0, limit);
        return new Rows(page, RecordCursor.issue(query, query.sortValues(page.get(limit - 1))));
    }

    /**
     * Writes every row that matches the query, in its order, from a server-side cursor: inside a transaction (on
     * PostgreSQL a fetch size only streams with auto-commit off) reading {@value #FETCH_SIZE} rows at a time.
     */
    void stream(RecordQuery query, RowWriter.Opener opener) throws IOException {
        try {
            sql.transaction(transaction -> {
                try (Cursor<Record> rows = transaction
                        .dsl()
                        .select(DatasetColumns.select(query.selected()))
                        .from(query.columns().table())
                        .where(query.filters())
                        .orderBy(query.sort().orderBy())
                        .fetchSize(FETCH_SIZE)
                        .fetchLazy()) {
                    RowWriter writer = opener.open();
                    for (Record row : rows) {
                        writer.write(row);
                    }
                    writer.finish();
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    Optional<Map<String, Object>> find(DatasetEntry dataset, String key) {
        DatasetColumns columns = new DatasetColumns(dataset);
        return sql.select(DatasetColumns.select(columns.all()))
                .from(columns.table())
                .where(DatasetColumns.KEY.column().eq(key))
                .fetchOptional()
                .map(row -> recordJson.toJson(columns.all(), row));
    }
}
