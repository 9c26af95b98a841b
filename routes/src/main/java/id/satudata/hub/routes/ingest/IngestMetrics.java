package id.satudata.hub.routes.ingest;

import id.satudata.hub.connectors.ingest.IngestSink.BatchCounts;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Per pipeline: counters {@code hub.records.<outcome>} (read, stored, unchanged, deleted, quarantined), and timers
 * {@code hub.batch.prepare} (conform and encode, in the hub) and {@code hub.batch.commit} (the store transaction),
 * which together tell whether a slow load waits on the hub or on its database.
 */
@Component
public class IngestMetrics {

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String pipelineId, BatchCounts counts) {
        count(pipelineId, "read", counts.read());
        count(pipelineId, "stored", counts.stored());
        count(pipelineId, "unchanged", counts.unchanged());
        count(pipelineId, "deleted", counts.deleted());
        count(pipelineId, "quarantined", counts.quarantined());
    }

    /** Runs {@code step} and records its duration under {@code hub.batch.<stage>}. */
    <T> T time(String pipelineId, String stage, java.util.function.Supplier<T> step) {
        return registry.timer("hub.batch." + stage, "pipeline", pipelineId).record(step);
    }

    private void count(String pipelineId, String outcome, long amount) {
        if (amount > 0) {
            registry.counter("hub.records." + outcome, "pipeline", pipelineId).increment(amount);
        }
    }
}
