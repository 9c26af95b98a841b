package id.satudata.hub.routes.definition;

import java.nio.file.Path;
import java.util.List;

/**
 * A declaration that cannot be used, with every problem found in it. It is reported, never half-started.
 *
 * @param kind {@code dataset} or {@code pipeline}
 * @param id the declared id, or {@code null} when the file could not be read or declares none
 * @param datasetId for a pipeline, the dataset it declares, or {@code null}
 * @param file the declaration file, as found under the config directory
 * @param problems at least one
 */
public record InvalidDefinition(String kind, String id, String datasetId, Path file, List<DefinitionProblem> problems) {

    public static final String DATASET = "dataset";
    public static final String PIPELINE = "pipeline";

    public InvalidDefinition {
        problems = List.copyOf(problems);
    }
}
