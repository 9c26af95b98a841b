package id.satudata.hub.catalog.dataset;

import id.satudata.hub.catalog.registry.RegistrationHook;
import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.StoreException;
import id.satudata.hub.schemas.registry.RegistryException;
import org.apache.avro.Schema;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A new version of a dataset's value subject evolves the dataset in the same transaction, so the registry and
 * the store never disagree: the version is refused (422, error code 42201, with the reasons) when the stored
 * records cannot follow it. The key subject stays as the dataset's key fields define it.
 */
@Component
public class SchemaEvolutionHook implements RegistrationHook {

    static final int INVALID_SCHEMA = 42201;

    private final DatasetSubjects subjects;
    private final DatasetStore store;

    public SchemaEvolutionHook(DatasetSubjects subjects, DatasetStore store) {
        this.subjects = subjects;
        this.store = store;
    }

    @Override
    public void beforeRegister(DSLContext tx, String subject, int version, Schema schema) {
        subjects.datasetOfValueSubject(subject).ifPresent(dataset -> evolve(tx, dataset, schema, version));
        subjects.datasetOfKeySubject(subject).ifPresent(dataset -> checkKey(dataset, schema));
    }

    private void evolve(DSLContext tx, String datasetId, Schema schema, int version) {
        try {
            store.evolve(tx, datasetId, schema, version);
        } catch (StoreException e) {
            if (e.code() != StoreException.Code.DATASET_NOT_FOUND) {
                throw new RegistryException(422, INVALID_SCHEMA, e.getMessage(), e);
            }
        }
    }

    private void checkKey(String datasetId, Schema schema) {
        DatasetSchema current;
        try {
            current = store.schemaOf(datasetId);
        } catch (StoreException e) {
            return;
        }
        Schema expected = DatasetKeySchema.of(current.schema(), current.keyFields());
        if (!expected.equals(schema)) {
            throw new RegistryException(
                    422,
                    INVALID_SCHEMA,
                    "the key of dataset '" + datasetId + "' is fixed by its key fields; its key schema is " + expected);
        }
    }
}
