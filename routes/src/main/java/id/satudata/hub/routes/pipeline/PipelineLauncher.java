package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.dataset.DatasetCatalog;
import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.DefinitionLoader;
import id.satudata.hub.routes.definition.Definitions;
import id.satudata.hub.routes.definition.InvalidDefinition;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.definition.SourceKinds;
import id.satudata.hub.routes.ingest.IngestMetrics;
import id.satudata.hub.routes.ingest.StoreIngestSink;
import id.satudata.hub.schemas.conform.RecordSteps;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.step.WilayahSteps;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, once Camel runs: reads the declared datasets and pipelines, registers the datasets, and starts
 * every valid pipeline. A definition with mistakes is logged with every problem and shown as INVALID; a pipeline
 * that cannot start is FAILED with its reason; neither keeps the others from starting.
 */
@Component
public class PipelineLauncher implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLauncher.class);

    private final HubProperties properties;
    private final DatasetCatalog catalog;
    private final DatasetStore store;
    private final RunLedger ledger;
    private final IngestMetrics metrics;
    private final PipelineStates states;
    private final Map<String, SourceStarter> starters;
    private final RecordSteps checks;
    private final PipelineOperations operations;

    public PipelineLauncher(
            HubProperties properties,
            DatasetCatalog catalog,
            DatasetStore store,
            RunLedger ledger,
            IngestMetrics metrics,
            PipelineStates states,
            List<SourceStarter> starters,
            ReferenceSets references,
            PipelineOperations operations) {
        this.properties = properties;
        this.catalog = catalog;
        this.store = store;
        this.ledger = ledger;
        this.metrics = metrics;
        this.states = states;
        this.starters = starters.stream().collect(Collectors.toMap(SourceStarter::kind, Function.identity()));
        this.checks = new WilayahSteps(references);
        this.operations = operations;
    }

    @Override
    public void run(ApplicationArguments args) {
        int interrupted = ledger.failUnfinishedRuns(
                "interrupted: the hub stopped before the run finished; the next run resumes after its committed rows");
        if (interrupted > 0) {
            LOG.warn("{} runs were cut off by the last stop of the hub and are marked FAILED", interrupted);
        }
        Definitions definitions = DefinitionLoader.load(properties.configDir(), SourceKinds.builtIn(), checks);
        LOG.info(
                "config {}: {} datasets and {} pipelines declared, {} definitions invalid",
                properties.configDir().toAbsolutePath(),
                definitions.datasets().size(),
                definitions.pipelines().size(),
                definitions.invalid().size());
        definitions.invalid().forEach(this::reportInvalid);
        Map<String, String> unregistered = registerDatasets(definitions.datasets());
        Map<String, DatasetDefinition> datasets =
                definitions.datasets().stream().collect(Collectors.toMap(DatasetDefinition::id, Function.identity()));
        for (PipelineDefinition pipeline : definitions.pipelines()) {
            String datasetProblem = unregistered.get(pipeline.datasetId());
            if (datasetProblem != null) {
                states.put(pipeline, PipelineStates.FAILED, datasetProblem);
            } else {
                start(pipeline, datasets.get(pipeline.datasetId()));
            }
        }
        starters.values().forEach(SourceStarter::allStarted);
    }

    /** Registers each dataset; returns the reason for each one that could not be registered. */
    private Map<String, String> registerDatasets(List<DatasetDefinition> datasets) {
        Map<String, String> unregistered = new HashMap<>();
        for (DatasetDefinition dataset : datasets) {
            try {
                DatasetSchema current = catalog.register(dataset);
                if (!current.schema().equals(dataset.schema())) {
                    LOG.info(
                            "dataset {} follows version {} of its schema, registered after the declared one",
                            dataset.id(),
                            current.version());
                }
            } catch (RuntimeException e) {
                LOG.error("dataset {} cannot be registered: {}", dataset.id(), e.getMessage());
                unregistered.put(
                        dataset.id(), "dataset '" + dataset.id() + "' cannot be registered: " + e.getMessage());
            }
        }
        return unregistered;
    }

    private void start(PipelineDefinition pipeline, DatasetDefinition dataset) {
        try {
            StoreIngestSink sink = new StoreIngestSink(
                    pipeline.id(), dataset, pipeline.mapping(), checks, pipeline.conformer(), store, ledger, metrics);
            // RUNNING first: a source that fails at its first poll, on its own thread, must not be overwritten
            states.put(pipeline, PipelineStates.RUNNING, null);
            starters.get(pipeline.sourceKind()).start(pipeline, sink, new PipelineSourceStatus(pipeline, states));
            operations.started(pipeline);
            LOG.info(
                    "pipeline {} started: {} source into dataset {}",
                    pipeline.id(),
                    pipeline.sourceKind(),
                    pipeline.datasetId());
        } catch (Exception e) {
            LOG.error("pipeline {} cannot start: {}", pipeline.id(), e.getMessage(), e);
            states.put(pipeline, PipelineStates.FAILED, "cannot start: " + e.getMessage());
        }
    }

    private void reportInvalid(InvalidDefinition invalid) {
        String problems = invalid.problems().stream().map(Object::toString).collect(Collectors.joining("\n  "));
        LOG.error(
                "{} {} is invalid and not started:\n  {}",
                invalid.kind(),
                invalid.file().getFileName(),
                problems);
        if ("pipeline".equals(invalid.kind()) && invalid.id() != null) {
            states.put(new PipelineInfo(
                    invalid.id(),
                    invalid.datasetId(),
                    null,
                    PipelineStates.INVALID,
                    problems.replace("\n  ", "; "),
                    Map.of()));
        }
    }
}
