package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.dataset.DatasetCatalog;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetSchema;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers a declared dataset in the catalog before its pipelines start: at start-up, and when a pipeline declared
 * through the API names a dataset. Registering a dataset registered before changes nothing, unless its declared
 * schema changed, which evolves it as a restart of the hub would.
 */
@Component
class DatasetRegistrar {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetRegistrar.class);

    private final DatasetCatalog catalog;

    DatasetRegistrar(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    /** Registers the dataset; returns why it cannot be, so that its pipelines show it. */
    Optional<String> register(DatasetDefinition dataset) {
        try {
            DatasetSchema current = catalog.register(dataset);
            if (!current.schema().equals(dataset.schema())) {
                LOG.info(
                        "dataset {} follows version {} of its schema, registered after the declared one",
                        dataset.id(),
                        current.version());
            }
            return Optional.empty();
        } catch (RuntimeException e) {
            LOG.error("dataset {} cannot be registered: {}", dataset.id(), e.getMessage());
            return Optional.of("dataset '" + dataset.id() + "' cannot be registered: " + e.getMessage());
        }
    }
}
