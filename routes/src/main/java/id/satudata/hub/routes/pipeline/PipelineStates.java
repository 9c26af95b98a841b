package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineDirectory;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.springframework.stereotype.Component;

/** The pipelines of this hub and their states, as the API and health read them. */
@Component
public class PipelineStates implements PipelineDirectory {

    public static final String RUNNING = "RUNNING";
    public static final String FAILED = "FAILED";
    public static final String INVALID = "INVALID";

    private final Map<String, PipelineInfo> pipelines = new ConcurrentSkipListMap<>();

    void put(PipelineInfo pipeline) {
        pipelines.put(pipeline.id(), pipeline);
    }

    @Override
    public List<PipelineInfo> pipelines() {
        return List.copyOf(pipelines.values());
    }

    @Override
    public Optional<PipelineInfo> pipeline(String id) {
        return Optional.ofNullable(pipelines.get(id));
    }
}
