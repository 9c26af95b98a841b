package id.satudata.hub.catalog.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The pipelines of a hub in id order, as whoever runs them last reported them; safe to read while they change. */
public class PipelineBoard implements PipelineDirectory {

    private final Map<String, PipelineInfo> pipelines = new ConcurrentSkipListMap<>();

    public void put(PipelineInfo pipeline) {
        pipelines.put(pipeline.id(), pipeline);
    }

    public void remove(String id) {
        pipelines.remove(id);
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
