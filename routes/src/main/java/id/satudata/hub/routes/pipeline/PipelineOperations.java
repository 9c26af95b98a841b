package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineControl;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.PipelineDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API's operations on started pipelines, handed to the starter of each pipeline's source kind. A removed
 * pipeline's declaration moves to {@code <data-dir>/removed-pipelines/}, stamped with the time, so that it does
 * not start again with the hub and can still be read or restored.
 */
@Component
public class PipelineOperations implements PipelineControl {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineOperations.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Map<String, PipelineDefinition> started = new ConcurrentHashMap<>();
    private final Map<String, SourceStarter> starters;
    private final PipelineStates states;
    private final HubProperties properties;

    public PipelineOperations(List<SourceStarter> starters, PipelineStates states, HubProperties properties) {
        this.starters = starters.stream().collect(Collectors.toMap(SourceStarter::kind, Function.identity()));
        this.states = states;
        this.properties = properties;
    }

    void started(PipelineDefinition pipeline) {
        started.put(pipeline.id(), pipeline);
    }

    @Override
    public void snapshot(String pipelineId) {
        starterOf(find(pipelineId)).snapshot(pipelineId);
        LOG.info("pipeline {}: snapshot requested", pipelineId);
    }

    @Override
    public synchronized void remove(String pipelineId) {
        PipelineDefinition pipeline = find(pipelineId);
        try {
            starterOf(pipeline).remove(pipelineId);
        } catch (Exception e) {
            throw new IllegalStateException("pipeline " + pipelineId + " cannot be removed: " + e.getMessage(), e);
        }
        started.remove(pipelineId);
        states.remove(pipelineId);
        Path moved = moveAway(pipeline.file());
        LOG.info("pipeline {} removed; its declaration is kept as {}", pipelineId, moved);
    }

    private Path moveAway(Path declaration) {
        try {
            Path removed = properties.dataDir().resolve("removed-pipelines");
            Files.createDirectories(removed);
            Path target = removed.resolve(LocalDateTime.now().format(STAMP) + "-" + declaration.getFileName());
            return Files.move(declaration, target);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the pipeline was stopped, but its declaration " + declaration
                            + " could not be moved away: remove it by hand before the hub starts again",
                    e);
        }
    }

    private PipelineDefinition find(String pipelineId) {
        PipelineDefinition pipeline = started.get(pipelineId);
        if (pipeline == null) {
            throw new NoSuchElementException(pipelineId);
        }
        return pipeline;
    }

    private SourceStarter starterOf(PipelineDefinition pipeline) {
        return starters.get(pipeline.sourceKind());
    }
}
