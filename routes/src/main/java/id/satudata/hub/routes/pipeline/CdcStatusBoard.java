package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.connectors.cdc.CdcStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one CDC engine reports, shown where the API, health and metrics read it: its state on every pipeline it
 * feeds, a snapshot's progress as the detail {@code snapshot} and the gauges {@code hub.cdc.snapshot.rows} and
 * {@code hub.cdc.snapshot.estimate}, a change of the source table's columns as the detail {@code upstream_change}.
 */
final class CdcStatusBoard implements CdcStatus {

    private static final Logger LOG = LoggerFactory.getLogger(CdcStatusBoard.class);

    private final List<String> pipelineIds;
    private final PipelineStates states;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong[]> snapshotGauges = new ConcurrentHashMap<>();

    CdcStatusBoard(List<String> pipelineIds, PipelineStates states, MeterRegistry meters) {
        this.pipelineIds = List.copyOf(pipelineIds);
        this.states = states;
        this.meters = meters;
    }

    @Override
    public void engineState(State state, String message) {
        String shown =
                switch (state) {
                    case STARTING, RUNNING -> PipelineStates.RUNNING;
                    case DEGRADED -> PipelineStates.DEGRADED;
                    case FAILED -> PipelineStates.FAILED;
                    case STOPPED -> PipelineStates.STOPPED;
                };
        String note = state == State.STARTING ? "connecting to the source database" : message;
        pipelineIds.forEach(id -> update(id, pipeline -> pipeline.withState(shown, note)));
    }

    @Override
    public void snapshotProgress(String pipelineId, long rows, long estimate, boolean done) {
        AtomicLong[] gauges = snapshotGauges.computeIfAbsent(pipelineId, this::registerGauges);
        gauges[0].set(rows);
        gauges[1].set(estimate);
        update(
                pipelineId,
                pipeline ->
                        pipeline.withDetail("snapshot", Map.of("rows", rows, "row_estimate", estimate, "done", done)));
        if (done) {
            LOG.info("pipeline {}: snapshot done, {} rows", pipelineId, rows);
        }
    }

    @Override
    public void upstreamChange(String pipelineId, String message) {
        LOG.warn("pipeline {}: {}", pipelineId, message);
        update(
                pipelineId,
                pipeline -> pipeline.withDetail(
                        "upstream_change",
                        Map.of("message", message, "seen_at", Instant.now().toString())));
    }

    private void update(String pipelineId, UnaryOperator<PipelineInfo> change) {
        states.pipeline(pipelineId).ifPresent(pipeline -> states.put(change.apply(pipeline)));
    }

    private AtomicLong[] registerGauges(String pipelineId) {
        AtomicLong rows = new AtomicLong();
        AtomicLong estimate = new AtomicLong();
        Gauge.builder("hub.cdc.snapshot.rows", rows, AtomicLong::get)
                .tag("pipeline", pipelineId)
                .description("Rows of the source table copied by the current or last snapshot")
                .register(meters);
        Gauge.builder("hub.cdc.snapshot.estimate", estimate, AtomicLong::get)
                .tag("pipeline", pipelineId)
                .description("The source table's estimated rows when the snapshot started")
                .register(meters);
        return new AtomicLong[] {rows, estimate};
    }
}
