package id.satudata.hub.catalog.api.pipeline;

import id.satudata.hub.catalog.api.ApiErrorCode;
import id.satudata.hub.catalog.api.ApiException;
import id.satudata.hub.catalog.pipeline.PipelineControl;
import id.satudata.hub.catalog.pipeline.PipelineDirectory;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pipelines as the running hub knows them (none when no pipeline directory runs), with their run ledger; declaring
 * and steering them is {@link PipelineAdminController}'s.
 */
@RestController
@RequestMapping("/api/v1/pipelines")
@Tag(name = "Pipelines", description = "Pipelines feeding the datasets: state, last runs and source position")
public class PipelineController {

    private static final int MAX_RUNS = 100;

    private final ObjectProvider<PipelineDirectory> directory;
    private final PipelineActions actions;
    private final PipelineLedger ledger;

    public PipelineController(
            ObjectProvider<PipelineDirectory> directory,
            ObjectProvider<PipelineControl> control,
            PipelineLedger ledger) {
        this.directory = directory;
        this.actions = new PipelineActions(control);
        this.ledger = ledger;
    }

    @GetMapping
    @Operation(summary = "List the pipelines with their state, last runs and source position")
    public List<PipelineView> list(
            @Parameter(description = "How many of the last runs to show per pipeline, 0 to " + MAX_RUNS)
                    @RequestParam(defaultValue = "5")
                    int runs) {
        PipelineDirectory pipelines = directory.getIfAvailable();
        return pipelines == null ? List.of() : views(pipelines.pipelines(), runs);
    }

    /** The view of one pipeline, for the answers of the admin endpoints too. */
    @GetMapping("/{id}")
    @Operation(summary = "Describe one pipeline: state, source settings, last runs with counts and source position")
    public PipelineView get(
            @PathVariable String id,
            @Parameter(description = "How many of the last runs to show, 0 to " + MAX_RUNS)
                    @RequestParam(defaultValue = "20")
                    int runs) {
        PipelineInfo pipeline = Optional.ofNullable(directory.getIfAvailable())
                .flatMap(pipelines -> pipelines.pipeline(id))
                .orElseThrow(() -> new ApiException(ApiErrorCode.PIPELINE_NOT_FOUND, "No pipeline with id '" + id + "'")
                        .with("pipeline", id));
        return views(List.of(pipeline), runs).get(0);
    }

    @PostMapping("/{id}/snapshot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Copy a CDC pipeline's source table again (incremental snapshot) while the stream goes on")
    public PipelineView snapshot(@PathVariable String id) {
        actions.run(id, pipelines -> pipelines.snapshot(id));
        return get(id, 0);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop and remove a pipeline; a CDC pipeline's replication slot goes with its last pipeline")
    public void remove(@PathVariable String id) {
        actions.run(id, pipelines -> pipelines.remove(id));
    }

    private List<PipelineView> views(List<PipelineInfo> pipelines, int runs) {
        if (runs < 0 || runs > MAX_RUNS) {
            throw new ApiException(ApiErrorCode.INVALID_PARAMETER, "runs must be between 0 and " + MAX_RUNS)
                    .with("parameter", "runs")
                    .with("value", String.valueOf(runs));
        }
        List<String> ids = pipelines.stream().map(PipelineInfo::id).toList();
        Map<String, List<RunEntry>> lastRuns = runs == 0 || ids.isEmpty() ? Map.of() : ledger.lastRuns(ids, runs);
        Map<String, PositionEntry> positions = ids.isEmpty() ? Map.of() : ledger.positions(ids);
        return pipelines.stream()
                .map(pipeline -> PipelineView.of(
                        pipeline, positions.get(pipeline.id()), lastRuns.getOrDefault(pipeline.id(), List.of())))
                .toList();
    }
}
