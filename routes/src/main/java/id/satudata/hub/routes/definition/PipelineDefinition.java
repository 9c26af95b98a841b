package id.satudata.hub.routes.definition;

import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.MappingSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * A valid pipeline: its source, its mapping compiled against its dataset's schema, and its schedule.
 *
 * @param dataset the valid dataset it fills
 * @param sourceKind the declared {@code source.kind}, e.g. {@code file}
 * @param sourceSettings the other {@code source} settings as declared (scalars as written), for display
 * @param typedSource the source settings as the kind's factory made them, e.g. a {@code FileSourceSettings}
 * @param mapping the mapping as declared
 * @param conformer the mapping compiled against the dataset's schema
 * @param pollInterval how often the source is polled ({@code schedule.poll-interval}, default 1s)
 * @param file the declaration file
 */
public record PipelineDefinition(
        String id,
        DatasetDefinition dataset,
        String sourceKind,
        Map<String, Object> sourceSettings,
        Object typedSource,
        MappingSpec mapping,
        Conformer conformer,
        Duration pollInterval,
        Path file) {

    public String datasetId() {
        return dataset.id();
    }

    /** The same pipeline declared in another file, e.g. the file an API request is written to. */
    public PipelineDefinition withFile(Path declaredIn) {
        return new PipelineDefinition(
                id, dataset, sourceKind, sourceSettings, typedSource, mapping, conformer, pollInterval, declaredIn);
    }

    /** The typed source settings as the class the source kind makes. */
    public <T> T typedSource(Class<T> type) {
        return type.cast(typedSource);
    }
}
