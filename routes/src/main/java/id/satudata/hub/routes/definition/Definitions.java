package id.satudata.hub.routes.definition;

import id.satudata.hub.catalog.store.DatasetDefinition;
import java.util.List;

/**
 * Everything declared in a config directory: the valid datasets and pipelines, ready to register and start, and
 * the invalid declarations with their problems. One invalid file never keeps the valid ones out.
 */
public record Definitions(
        List<DatasetDefinition> datasets, List<PipelineDefinition> pipelines, List<InvalidDefinition> invalid) {

    public Definitions {
        datasets = List.copyOf(datasets);
        pipelines = List.copyOf(pipelines);
        invalid = List.copyOf(invalid);
    }

    /** Every problem of every invalid declaration, datasets first, in file order. */
    public List<DefinitionProblem> problems() {
        return invalid.stream().flatMap(i -> i.problems().stream()).toList();
    }
}
