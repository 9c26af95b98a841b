package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.api.record.DatasetColumns;
import id.satudata.hub.catalog.api.record.RecordJson;
import id.satudata.hub.catalog.dcat.DatasetLinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * {@code datastore_search} on a dataset's authoritative table (see {@link DatastoreQuery}): {@code limit} defaults to
 * 100 and is capped at 32000 as CKAN's {@code ckan.datastore.search.rows_max} caps it, {@code offset} pages, and
 * {@code _links} give the first and the following page as CKAN 2.9 to 2.11 do, so clients of either kind page on.
 */
@Component
class DatastoreSearchAction implements CkanAction {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 32000;

    private final CkanCatalog catalog;
    private final DSLContext sql;
    private final RecordJson recordJson;

    DatastoreSearchAction(CkanCatalog catalog, DSLContext sql, RecordJson recordJson) {
        this.catalog = catalog;
        this.sql = sql;
        this.recordJson = recordJson;
    }

    @Override
    public String name() {
        return "datastore_search";
    }

    @Override
    public Map<String, Object> run(ActionParameters parameters, DatasetLinks links) {
        String resourceId = parameters
                .text("resource_id")
                .or(() -> parameters.text("id"))
                .orElseThrow(() -> CkanException.invalid("resource_id", "Missing value"));
        int limit = Math.min(parameters.naturalNumber("limit", DEFAULT_LIMIT), MAX_LIMIT);
        int offset = parameters.naturalNumber("offset", 0);
        DatasetEntry dataset = catalog.requireDatastore(resourceId);
        DatasetColumns columns = new DatasetColumns(dataset);
        DatastoreQuery query = new DatastoreQuery(columns);
        List<String> fields = parameters.list("fields");
        fields.forEach(field -> query.field("fields", field));
        List<Condition> conditions = query.conditions(parameters.json("filters").orElse(null), q(parameters));
        List<Map<String, Object>> records = sql.select(DatasetColumns.select(columns.all()))
                .from(columns.table())
                .where(conditions)
                .orderBy(query.order(parameters.list("sort")))
                .limit(limit)
                .offset(offset)
                .fetch(row -> record(recordJson.toJson(columns.all(), row), fields));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("include_total", true);
        result.put("resource_id", resourceId);
        result.put("fields", DatastoreFields.of(columns, fields));
        result.put("records_format", "objects");
        result.put("records", records);
        result.put("limit", limit);
        result.put("offset", offset);
        result.put("_links", DatastoreLinks.of(parameters, offset, limit));
        result.put("total", sql.fetchCount(columns.table(), DSL.and(conditions)));
        result.put("total_was_estimated", false);
        return result;
    }

    /** CKAN reads {@code q} as JSON when it is a JSON object, and as text otherwise. */
    private static JsonNode q(ActionParameters parameters) {
        JsonNode q = parameters.all().get("q");
        if (q != null && q.isTextual() && q.asText().trim().startsWith("{")) {
            return parameters.json("q").orElse(null);
        }
        return q == null || q.isNull() || q.asText().isBlank() ? null : q;
    }

    /** The row as CKAN gives it: {@code _id} first, then the chosen fields (all when none were chosen). */
    private static Map<String, Object> record(Map<String, Object> row, List<String> fields) {
        Map<String, Object> record = new LinkedHashMap<>();
        if (fields.isEmpty() || fields.contains(DatastoreFields.ID)) {
            record.put(DatastoreFields.ID, row.get("_seq"));
        }
        row.forEach((name, value) -> {
            if (!name.startsWith("_") && (fields.isEmpty() || fields.contains(name))) {
                record.put(name, value);
            }
        });
        return record;
    }
}
