package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineInfo;
import id.satudata.hub.catalog.store.DatasetDefinition;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.routes.HubProperties;
import id.satudata.hub.routes.definition.DefinitionLoader;
import id.satudata.hub.routes.definition.Definitions;
import id.satudata.hub.routes.definition.InvalidDefinition;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.definition.SourceKinds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final DatasetRegistrar registrar;
    private final RunLedger ledger;
    private final PipelineStates states;
    private final RunningPipelines pipelines;

    public PipelineLauncher(
            HubProperties properties,
            DatasetRegistrar registrar,
            RunLedger ledger,
            PipelineStates states,
            RunningPipelines pipelines) {
        this.properties = properties;
        this.registrar = registrar;
        this.ledger = ledger;
        this.states = states;
        this.pipelines = pipelines;
    }

    @Override
    public void run(ApplicationArguments args) {
        int interrupted = ledger.failUnfinishedRuns(
                "interrupted: the hub stopped before the run finished; the next run resumes after its committed rows");
        if (interrupted > 0) {
            LOG.warn("{} runs were cut off by the last stop of the hub and are marked FAILED", interrupted);
        }
        Definitions definitions =
                DefinitionLoader.load(properties.configDir(), SourceKinds.builtIn(), pipelines.checks());
        LOG.info(
                "config {}: {} datasets and {} pipelines declared, {} definitions invalid",
                properties.configDir().toAbsolutePath(),
                definitions.datasets().size(),
                definitions.pipelines().size(),
                definitions.invalid().size());
        definitions.invalid().forEach(this::reportInvalid);
        Map<String, String> unregistered = registerDatasets(definitions.datasets());
        for (PipelineDefinition pipeline : definitions.pipelines()) {
            String datasetProblem = unregistered.get(pipeline.datasetId());
            if (datasetProblem != null) {
                pipelines.declareFailed(pipeline, datasetProblem);
            } else {
                pipelines.start(pipeline);
            }
        }
        pipelines.allStarted();
    }

    /** Registers each dataset; returns the reason for each one that could not be registered. */
    private Map<String, String> registerDatasets(List<DatasetDefinition> datasets) {
        Map<String, String> unregistered = new HashMap<>();
        for (DatasetDefinition dataset : datasets) {
            registrar.register(dataset).ifPresent(problem -> unregistered.put(dataset.id(), problem));
        }
        return unregistered;
    }

    private void reportInvalid(InvalidDefinition invalid) {
        String problems = invalid.problems().stream().map(Object::toString).collect(Collectors.joining("\n  "));
        LOG.error(
                "{} {} is invalid and not started:\n  {}",
                invalid.kind(),
                invalid.file().getFileName(),
                problems);
        if ("pipeline".equals(invalid.kind()) && invalid.id() != null) {
            pipelines.declareInvalid(invalid.id(), invalid.file());
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
