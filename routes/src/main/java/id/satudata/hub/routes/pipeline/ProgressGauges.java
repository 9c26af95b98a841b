package id.satudata.hub.routes.pipeline;

import id.satudata.hub.connectors.ingest.LoadProgress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One pipeline's progress gauges, tagged {@code pipeline}: {@code hub.pipeline.progress.rows} and {@code .total},
 * {@code .bytes} and {@code .bytes.total} of the current or last run (NaN when the source cannot tell), and
 * {@code .active}, 1 while a run loads.
 */
final class ProgressGauges {

    private static final long UNKNOWN = -1;

    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong rowsTotal = new AtomicLong(UNKNOWN);
    private final AtomicLong bytes = new AtomicLong(UNKNOWN);
    private final AtomicLong bytesTotal = new AtomicLong(UNKNOWN);
    private final AtomicLong active = new AtomicLong();

    ProgressGauges(String pipelineId, MeterRegistry meters) {
        register(meters, pipelineId, "hub.pipeline.progress.rows", rows, "Rows read by the current or last run");
        register(meters, pipelineId, "hub.pipeline.progress.total", rowsTotal, "Rows the run will read, estimated");
        register(meters, pipelineId, "hub.pipeline.progress.bytes", bytes, "Bytes of the file read so far");
        register(meters, pipelineId, "hub.pipeline.progress.bytes.total", bytesTotal, "Size of the file being read");
        register(meters, pipelineId, "hub.pipeline.progress.active", active, "1 while a run loads, else 0");
    }

    void show(LoadProgress progress) {
        rows.set(progress.rowsRead());
        rowsTotal.set(orUnknown(progress.rowsTotal()));
        bytes.set(orUnknown(progress.bytesRead()));
        bytesTotal.set(orUnknown(progress.bytesTotal()));
        active.set(1);
    }

    void ended() {
        active.set(0);
    }

    private static long orUnknown(Long value) {
        return value == null ? UNKNOWN : value;
    }

    private static void register(MeterRegistry meters, String pipelineId, String name, AtomicLong value, String doc) {
        Gauge.builder(name, value, v -> v.get() == UNKNOWN ? Double.NaN : v.get())
                .tag("pipeline", pipelineId)
                .description(doc)
                .register(meters);
    }
}
