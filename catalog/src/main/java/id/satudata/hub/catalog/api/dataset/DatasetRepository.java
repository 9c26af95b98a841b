package id.satudata.hub.catalog.api.dataset;

import static org.jooq.impl.DSL.count;

import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.api.CatalogTables.Dataset;
import id.satudata.hub.catalog.api.CatalogTables.Quarantine;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/** Reads dataset metadata; parsed Avro schemas are kept per schema text since every records request needs one. */
@Repository
public class DatasetRepository {

    private static final List<Field<?>> COLUMNS = List.of(
            Dataset.ID,
            Dataset.TITLE,
            Dataset.DESCRIPTION,
            Dataset.PRODUCER,
            Dataset.KEY_FIELDS,
            Dataset.SCHEMA_JSON,
            Dataset.SCHEMA_VERSION,
            Dataset.TABLE_NAME,
            Dataset.LAST_SEQ,
            Dataset.RECORD_COUNT,
            Dataset.CREATED_AT,
            Dataset.UPDATED_AT);

    private final DSLContext sql;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public DatasetRepository(DSLContext sql) {
        this.sql = sql;
    }

    public List<DatasetEntry> all() {
        return sql.select(COLUMNS).from(Dataset.TABLE).orderBy(Dataset.ID).fetch(this::entry);
    }

    public Optional<DatasetEntry> find(String id) {
        return sql.select(COLUMNS).from(Dataset.TABLE).where(Dataset.ID.eq(id)).fetchOptional(this::entry);
    }

    /** The dataset, or the {@code dataset_not_found} failure every dataset endpoint answers with. */
    public DatasetEntry require(String id) {
        return find(id).orElseThrow(() -> ApiException.datasetNotFound(id));
    }

    public long quarantinedCount(String id) {
        return sql.select(count())
                .from(Quarantine.TABLE)
                .where(Quarantine.DATASET_ID.eq(id))
                .fetchSingle()
                .value1();
    }

    private DatasetEntry entry(Record row) {
        String schemaJson = row.get(Dataset.SCHEMA_JSON);
        return new DatasetEntry(
                row.get(Dataset.ID),
                row.get(Dataset.TITLE),
                row.get(Dataset.DESCRIPTION),
                row.get(Dataset.PRODUCER),
                keyFields(row.get(Dataset.KEY_FIELDS)),
                schemas.computeIfAbsent(schemaJson, json -> new Schema.Parser().parse(json)),
                row.get(Dataset.SCHEMA_VERSION),
                row.get(Dataset.TABLE_NAME),
                row.get(Dataset.LAST_SEQ),
                row.get(Dataset.RECORD_COUNT),
                instant(row.get(Dataset.CREATED_AT)),
                instant(row.get(Dataset.UPDATED_AT)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static List<String> keyFields(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
