package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.ingest.LoadProgress;
import id.satudata.hub.routes.ingest.RunProgressListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Long loads' progress where operators look: the detail {@code progress} of {@code GET /api/v1/pipelines/{id}}
 * ({@code run}, {@code rows_read}, {@code rows_total}, {@code bytes_read}, {@code bytes_total}, {@code started_at},
 * {@code done}, and once done {@code outcome} and {@code finished_at}) and the {@link ProgressGauges}. The last run's
 * progress stays, marked done, until the next run of the pipeline reports.
 */
@Component
public class PipelineProgress implements RunProgressListener {

    private record Run(long id, Instant startedAt, LoadProgress last) {}

    private final PipelineStates states;
    private final MeterRegistry meters;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final Map<String, ProgressGauges> gauges = new ConcurrentHashMap<>();

    public PipelineProgress(PipelineStates states, MeterRegistry meters) {
        this.states = states;
        this.meters = meters;
    }

    @Override
    public void progress(String pipelineId, long runId, LoadProgress progress) {
        Run run = runs.compute(
                pipelineId,
                (id, current) -> new Run(
                        runId,
                        current != null && current.id() == runId ? current.startedAt() : Instant.now(),
                        progress));
        gauges.computeIfAbsent(pipelineId, id -> new ProgressGauges(id, meters)).show(progress);
        show(pipelineId, run, null);
    }

    @Override
    public void ended(String pipelineId, long runId, String outcome) {
        Run run = runs.get(pipelineId);
        if (run == null || run.id() != runId) {
            return; // a run that reported no progress, such as a duplicate file, leaves the last one shown
        }
        gauges.get(pipelineId).ended();
        show(pipelineId, run, outcome);
    }

    private void show(String pipelineId, Run run, String outcome) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("run", run.id());
        detail.put("rows_read", run.last().rowsRead());
        detail.put("rows_total", run.last().rowsTotal());
        detail.put("bytes_read", run.last().bytesRead());
        detail.put("bytes_total", run.last().bytesTotal());
        detail.put("started_at", run.startedAt().toString());
        detail.put("done", outcome != null);
        if (outcome != null) {
            detail.put("outcome", outcome);
            detail.put("finished_at", Instant.now().toString());
        }
        Map<String, Object> shown = Collections.unmodifiableMap(detail); // nulls say "unknown"
        states.update(pipelineId, pipeline -> pipeline.withDetail("progress", shown));
    }
}
