package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.ingest.IngestMetrics;
import id.satudata.hub.routes.ingest.StoreIngestSink;
import id.satudata.hub.schemas.conform.RecordSteps;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.step.WilayahSteps;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every pipeline declared in the config directory, whether it runs or not (INVALID, or FAILED before it started),
 * with its declaration file; starts and stops them through the starter of their source kind.
 */
@Component
public class RunningPipelines {

    private static final Logger LOG = LoggerFactory.getLogger(RunningPipelines.class);

    /**
     * A declared pipeline.
     *
     * @param definition {@code null} for a declaration with problems
     * @param live whether its source was started and is not stopped since
     */
    record Declared(String id, Path file, PipelineDefinition definition, boolean live) {}

    private final Map<String, Declared> declared = new ConcurrentHashMap<>();
    private final Map<String, SourceStarter> starters;
    private final PipelineStates states;
    private final DatasetStore store;
    private final RunLedger ledger;
    private final IngestMetrics metrics;
    private final PipelineProgress progress;
    private final RecordSteps checks;

    public RunningPipelines(
            List<SourceStarter> starters,
            PipelineStates states,
            DatasetStore store,
            RunLedger ledger,
            IngestMetrics metrics,
            PipelineProgress progress,
            ReferenceSets references) {
        this.starters = starters.stream().collect(Collectors.toMap(SourceStarter::kind, Function.identity()));
        this.states = states;
        this.store = store;
        this.ledger = ledger;
        this.metrics = metrics;
        this.progress = progress;
        this.checks = new WilayahSteps(references);
    }

    /** The record-level checks pipelines may declare, as their declarations are checked. */
    RecordSteps checks() {
        return checks;
    }

    /** A declaration that could not be read into a pipeline; it stays declared so that it can be replaced. */
    void declareInvalid(String id, Path file) {
        declared.put(id, new Declared(id, file, null, false));
    }

    /** A valid pipeline that is not started, with the reason; shown FAILED. */
    void declareFailed(PipelineDefinition pipeline, String reason) {
        declared.put(pipeline.id(), new Declared(pipeline.id(), pipeline.file(), pipeline, false));
        states.put(pipeline, PipelineStates.FAILED, reason);
    }

    /** Starts a valid pipeline; one that cannot start is shown FAILED with the reason and stays declared. */
    void start(PipelineDefinition pipeline) {
        try {
            StoreIngestSink sink = new StoreIngestSink(
                    pipeline.id(),
                    pipeline.dataset(),
                    pipeline.mapping(),
                    checks,
                    pipeline.conformer(),
                    store,
                    ledger,
                    metrics,
                    progress);
            // RUNNING first: a source that fails at its first poll, on its own thread, must not be overwritten
            states.put(pipeline, PipelineStates.RUNNING, null);
            starterOf(pipeline).start(pipeline, sink, new PipelineSourceStatus(pipeline, states));
            declared.put(pipeline.id(), new Declared(pipeline.id(), pipeline.file(), pipeline, true));
            LOG.info(
                    "pipeline {} started: {} source into dataset {}",
                    pipeline.id(),
                    pipeline.sourceKind(),
                    pipeline.datasetId());
        } catch (Exception e) {
            LOG.error("pipeline {} cannot start: {}", pipeline.id(), e.getMessage(), e);
            declareFailed(pipeline, "cannot start: " + e.getMessage());
        }
    }

    /** Stops a pipeline to start it again changed, keeping what its source keeps for it. */
    void stop(String pipelineId) throws Exception {
        Declared pipeline = find(pipelineId);
        if (pipeline.live()) {
            starterOf(pipeline.definition()).stop(pipelineId);
            declared.put(pipelineId, new Declared(pipelineId, pipeline.file(), pipeline.definition(), false));
        }
    }

    /** Stops a pipeline for good, releasing what its source keeps for it, and forgets it. */
    void remove(String pipelineId) throws Exception {
        Declared pipeline = find(pipelineId);
        if (pipeline.live()) {
            starterOf(pipeline.definition()).remove(pipelineId);
        }
        declared.remove(pipelineId);
        states.remove(pipelineId);
    }

    Optional<Declared> declared(String pipelineId) {
        return Optional.ofNullable(declared.get(pipelineId));
    }

    Declared find(String pipelineId) {
        return declared(pipelineId).orElseThrow(() -> new NoSuchElementException(pipelineId));
    }

    /** A pipeline whose source runs, with the starter of its kind; one that does not run cannot be steered. */
    SourceStarter liveStarter(String pipelineId) {
        Declared pipeline = find(pipelineId);
        if (!pipeline.live()) {
            String state = states.pipeline(pipelineId).map(p -> p.state()).orElse("not started");
            throw new IllegalStateException("pipeline " + pipelineId + " is " + state
                    + " and does not run; fix its declaration with PUT /api/v1/pipelines/" + pipelineId);
        }
        return starterOf(pipeline.definition());
    }

    SourceStarter starterOf(PipelineDefinition pipeline) {
        return starters.get(pipeline.sourceKind());
    }

    /** Called once every pipeline declared at start-up was handed to its starter. */
    void allStarted() {
        starters.values().forEach(SourceStarter::allStarted);
    }
}
