package id.satudata.hub.catalog.api.pipeline;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import java.util.List;
import java.util.Map;

/**
 * A pipeline as the running hub reports it, with its ledger: last runs (newest first) and source position.
 *
 * @param source the declared source settings, without secrets
 * @param details what the source reports while it runs, e.g. {@code snapshot} progress and {@code upstream_change}
 * @param position {@code null} until the pipeline's first batch commits
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PipelineView(
        String id,
        String dataset,
        String sourceKind,
        String state,
        String message,
        Map<String, Object> source,
        Map<String, Object> details,
        PositionEntry position,
        List<RunEntry> runs) {

    static PipelineView of(PipelineInfo pipeline, PositionEntry position, List<RunEntry> runs) {
        return new PipelineView(
                pipeline.id(),
                pipeline.datasetId(),
                pipeline.sourceKind(),
                pipeline.state(),
                pipeline.message(),
                pipeline.source(),
                pipeline.details(),
                position,
                List.copyOf(runs));
    }
}
