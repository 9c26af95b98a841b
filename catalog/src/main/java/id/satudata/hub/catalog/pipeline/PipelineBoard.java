package id.satudata.hub.catalog.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.UnaryOperator;

/**
 * The pipelines of a hub in id order, as whoever runs them last reported them; safe to read while they change.
 * Writes are serialised, so that a source's progress report never puts back a state an operator just changed.
 */
public class PipelineBoard implements PipelineDirectory {

    private final Map<String, PipelineInfo> pipelines = new ConcurrentSkipListMap<>();

    public synchronized void put(PipelineInfo pipeline) {
        pipelines.put(pipeline.id(), pipeline);
    }

    public synchronized void remove(String id) {
        pipelines.remove(id);
    }

    /** Changes a pipeline already on the board from what it is now; one not on it is left off. */
    public synchronized void update(String id, UnaryOperator<PipelineInfo> change) {
        PipelineInfo current = pipelines.get(id);
        if (current != null) {
            pipelines.put(id, change.apply(current));
        }
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
