package id.satudata.hub.catalog.health;

import id.satudata.hub.catalog.pipeline.PipelineDirectory;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code pipelines}: each pipeline's state, so that a failed pipeline shows in health at once
 * instead of only in a log line. DOWN when any pipeline is FAILED.
 */
@Component
public class PipelinesHealthIndicator extends AbstractHealthIndicator {

    static final String FAILED = "FAILED";

    private final ObjectProvider<PipelineDirectory> directory;

    public PipelinesHealthIndicator(ObjectProvider<PipelineDirectory> directory) {
        super("Pipelines health check failed");
        this.directory = directory;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        PipelineDirectory pipelines = directory.getIfAvailable();
        if (pipelines == null) {
            health.unknown().withDetail("reason", "no pipeline directory in this application");
            return;
        }
        boolean anyFailed = false;
        for (PipelineInfo pipeline : pipelines.pipelines()) {
            health.withDetail(pipeline.id(), details(pipeline));
            anyFailed |= FAILED.equals(pipeline.state());
        }
        if (anyFailed) {
            health.down();
        } else {
            health.up();
        }
    }

    private static Map<String, Object> details(PipelineInfo pipeline) {
        // a LinkedHashMap because a running pipeline has no message, and Map.of refuses nulls
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("state", pipeline.state());
        details.put("message", pipeline.message());
        details.put("dataset", pipeline.datasetId());
        return details;
    }
}
