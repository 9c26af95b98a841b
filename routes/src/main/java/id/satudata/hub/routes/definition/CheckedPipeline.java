package id.satudata.hub.routes.definition;

import java.util.List;

/**
 * One pipeline declaration as checked.
 *
 * @param id the declared id, or {@code null} when it has none that could be read
 * @param definition the valid definition, or {@code null} when there are problems
 * @param problems every mistake found; empty when valid
 */
public record CheckedPipeline(String id, PipelineDefinition definition, List<DefinitionProblem> problems) {

    public CheckedPipeline {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
