package id.satudata.hub.catalog.api.record;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reads the typed table of a dataset with keyset pagination on {@code _key}, the table's primary key. */
@Repository
class RecordRepository {

    private final DSLContext sql;
    private final RecordJson recordJson;

    RecordRepository(DSLContext sql, RecordJson recordJson) {
        this.sql = sql;
        this.recordJson = recordJson;
    }

    /**
     * The records after {@code afterKey} (all when null) that match every filter, at most {@code limit}; reads one
     * more to know whether a next page exists, so the last page carries no cursor.
     */
    RecordPage page(DatasetEntry dataset, Map<String, List<String>> filters, String afterKey, int limit) {
        DatasetColumns columns = new DatasetColumns(dataset);
        List<Condition> conditions = new ArrayList<>(RecordFilters.conditions(columns, filters));
        if (afterKey != null) {
            conditions.add(DatasetColumns.KEY.gt(afterKey));
        }
        List<Record> rows = sql.select(columns.selection())
                .from(columns.table())
                .where(conditions)
                .orderBy(DatasetColumns.KEY)
                .limit(limit + 1)
                .fetch();
        boolean more = rows.size() > limit;
        List<Map<String, Object>> records = rows.subList(0, Math.min(limit, rows.size())).stream()
                .map(row -> recordJson.toJson(columns, row))
                .toList();
        String next = more ? RecordCursor.encode((String) records.get(limit - 1).get("_key")) : null;
        return new RecordPage(records, next);
    }

    Optional<Map<String, Object>> find(DatasetEntry dataset, String key) {
        DatasetColumns columns = new DatasetColumns(dataset);
        return sql.select(columns.selection())
                .from(columns.table())
                .where(DatasetColumns.KEY.eq(key))
                .fetchOptional()
                .map(row -> recordJson.toJson(columns, row));
    }
}
