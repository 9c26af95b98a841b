package id.satudata.hub.catalog.store;

import id.satudata.hub.catalog.store.StoreTables.Dataset;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.avro.Schema;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Registers a dataset: validates it, upserts its metadata and creates its table if missing. */
final class DatasetRegistration {

    private final DSLContext dsl;

    DatasetRegistration(DSLContext dsl) {
        this.dsl = dsl;
    }

    void register(DatasetDefinition dataset, int schemaVersion) {
        DatasetLayout layout = DatasetDefinitionCheck.layoutOf(dataset, schemaVersion);
        String keyFields = String.join(",", layout.keyFields());
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Record existing = tx.select(Dataset.KEY_FIELDS, Dataset.SCHEMA_JSON)
                    .from(Dataset.TABLE)
                    .where(Dataset.ID.eq(dataset.id()))
                    .forUpdate()
                    .fetchOne();
            if (existing == null) {
                tx.insertInto(Dataset.TABLE)
                        .set(Dataset.ID, dataset.id())
                        .set(Dataset.TITLE, dataset.title())
                        .set(Dataset.DESCRIPTION, dataset.description())
                        .set(Dataset.PRODUCER, dataset.producer())
                        .set(Dataset.KEY_FIELDS, keyFields)
                        .set(Dataset.SCHEMA_JSON, layout.schema().toString())
                        .set(Dataset.SCHEMA_VERSION, schemaVersion)
                        .set(Dataset.TABLE_NAME, layout.tableName())
                        .set(Dataset.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                        .execute();
            } else {
                refuseChangedShape(dataset, existing, keyFields);
                tx.update(Dataset.TABLE)
                        .set(Dataset.TITLE, dataset.title())
                        .set(Dataset.DESCRIPTION, dataset.description())
                        .set(Dataset.PRODUCER, dataset.producer())
                        .where(Dataset.ID.eq(dataset.id()))
                        .execute();
            }
            DatasetTableDdl.createIfMissing(tx, layout);
            DatasetTableDdl.createChangeLogPartitionIfMissing(tx, layout);
        });
    }

    /**
     * A key change would need every stored record rekeyed; a schema change goes through the registry, whose new
     * version evolves the table first ({@link JooqDatasetStore#evolve}), so it arrives here already applied.
     */
    private static void refuseChangedShape(DatasetDefinition dataset, Record existing, String keyFields) {
        if (!existing.get(Dataset.KEY_FIELDS).equals(keyFields)) {
            throw new StoreException(
                    StoreException.Code.INVALID_DATASET,
                    "dataset '" + dataset.id() + "' is registered with key fields [" + existing.get(Dataset.KEY_FIELDS)
                            + "]; its key fields cannot change");
        }
        Schema registered = new Schema.Parser().parse(existing.get(Dataset.SCHEMA_JSON));
        if (!registered.equals(dataset.schema())) {
            throw new StoreException(
                    StoreException.Code.INVALID_DATASET,
                    "dataset '" + dataset.id() + "' is registered with another schema; a schema change must be"
                            + " registered as a new version of the dataset's value subject");
        }
    }
}
