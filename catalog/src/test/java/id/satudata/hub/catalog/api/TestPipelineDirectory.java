package id.satudata.hub.catalog.api;

import id.satudata.hub.catalog.pipeline.PipelineDirectory;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The pipelines a test declares, in id order, standing in for the running hub's directory. */
public class TestPipelineDirectory implements PipelineDirectory {

    private final Map<String, PipelineInfo> pipelines = new ConcurrentSkipListMap<>();

    public void put(PipelineInfo pipeline) {
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
