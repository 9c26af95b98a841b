package id.satudata.hub.catalog.dataset;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetDefinitions;
import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.StoreException;
import id.satudata.hub.schemas.registry.RegisteredSchema;
import id.satudata.hub.schemas.registry.RegistryException;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Registers a declared dataset with the schema registry and the store, in that order, so that the registry is
 * the contract: the declared schema goes to the dataset's value subject (a changed schema is checked against the
 * subject's compatibility level and, if accepted, evolves the table through {@link SchemaEvolutionHook}); the
 * dataset then follows the subject's latest version, which may be newer than the declared one when an admin
 * registered it through the registry API, or through a remote registry the hook does not see.
 */
@Component
public class DatasetCatalog {

    private final SchemaRegistryClient registry;
    private final DatasetStore store;
    private final DatasetSubjects subjects;
    private final DSLContext dsl;

    public DatasetCatalog(SchemaRegistryClient registry, DatasetStore store, DatasetSubjects subjects, DSLContext dsl) {
        this.registry = registry;
        this.store = store;
        this.subjects = subjects;
        this.dsl = dsl;
    }

    /**
     * @return the schema the dataset's records conform to from now on
     * @throws StoreException when the dataset is malformed or its schema is refused by the registry
     */
    public DatasetSchema register(DatasetDefinition dataset) {
        List<String> problems = DatasetDefinitions.problems(dataset);
        if (!problems.isEmpty()) {
            // refused before the registry sees it, so a malformed dataset leaves no subject behind
            throw new StoreException(
                    StoreException.Code.INVALID_DATASET,
                    "dataset '" + dataset.id() + "' cannot be registered: " + String.join("; ", problems));
        }
        String valueSubject = subjects.valueSubject(dataset.id());
        RegisteredSchema latest;
        try {
            registry.register(valueSubject, dataset.schema());
            latest = registry.latest(valueSubject);
        } catch (RegistryException e) {
            throw new StoreException(
                    StoreException.Code.INVALID_DATASET,
                    "dataset '" + dataset.id() + "': subject " + valueSubject + " refuses its schema: "
                            + e.getMessage());
        }
        followLatest(dataset.id(), latest);
        DatasetDefinition current = new DatasetDefinition(
                dataset.id(),
                dataset.title(),
                dataset.description(),
                dataset.producer(),
                dataset.keyFields(),
                latest.schema());
        store.register(current, latest.version());
        registry.register(subjects.keySubject(dataset.id()), DatasetKeySchema.of(latest.schema(), dataset.keyFields()));
        return store.schemaOf(dataset.id());
    }

    /**
     * Brings a stored dataset to the subject's latest version when it is behind: the in-process registry evolved
     * it already when the version was registered, a remote registry cannot, so the hub catches up here.
     */
    private void followLatest(String datasetId, RegisteredSchema latest) {
        DatasetSchema stored;
        try {
            stored = store.schemaOf(datasetId);
        } catch (StoreException e) {
            if (e.code() == StoreException.Code.DATASET_NOT_FOUND) {
                return;
            }
            throw e;
        }
        if (stored.version() != latest.version() || !stored.schema().equals(latest.schema())) {
            dsl.transaction(
                    configuration -> store.evolve(configuration.dsl(), datasetId, latest.schema(), latest.version()));
        }
    }
}
