package id.satudata.hub.routes.ingest;

import id.satudata.hub.connectors.ingest.IngestSink.BatchCounts;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Counters {@code hub.records.<outcome>} per pipeline: read, stored, unchanged, deleted, quarantined. */
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

    private void count(String pipelineId, String outcome, long amount) {
        if (amount > 0) {
            registry.counter("hub.records." + outcome, "pipeline", pipelineId).increment(amount);
        }
    }
}
