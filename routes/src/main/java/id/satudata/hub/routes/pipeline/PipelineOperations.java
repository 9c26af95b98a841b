package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.pipeline.PipelineControl;
import id.satudata.hub.catalog.pipeline.PipelineDeclaration;
import id.satudata.hub.catalog.pipeline.PipelineExistsException;
import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.routes.definition.PipelineDefinition;
import id.satudata.hub.routes.definition.SourceKinds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API's operations on the hub's pipelines. Declarations stay the source of truth (ADR-0003): a pipeline created
 * or replaced is checked like a file of the config directory, written there, then started; a removed one's file
 * moves away. One operation at a time, so that two requests never start the same pipeline twice.
 */
@Component
public class PipelineOperations implements PipelineControl {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineOperations.class);

    private final RunningPipelines pipelines;
    private final PipelineStates states;
    private final DeclarationFiles files;
    private final DeclarationCheck check;
    private final DatasetRegistrar registrar;
    private final RunLedger ledger;

    PipelineOperations(
            RunningPipelines pipelines,
            PipelineStates states,
            DeclarationFiles files,
            DatasetRegistrar registrar,
            RunLedger ledger) {
        this.pipelines = pipelines;
        this.states = states;
        this.files = files;
        this.check = new DeclarationCheck(files.configDir(), SourceKinds.builtIn(), pipelines.checks());
        this.registrar = registrar;
        this.ledger = ledger;
    }

    @Override
    public void snapshot(String pipelineId) {
        pipelines.liveStarter(pipelineId).snapshot(pipelineId);
        LOG.info("pipeline {}: snapshot requested", pipelineId);
    }

    @Override
    public synchronized void remove(String pipelineId) {
        Path declaration = pipelines.find(pipelineId).file();
        try {
            pipelines.remove(pipelineId);
        } catch (Exception e) {
            throw new IllegalStateException("pipeline " + pipelineId + " cannot be removed: " + e.getMessage(), e);
        }
        Path moved = files.moveAway(declaration);
        LOG.info("pipeline {} removed; its declaration is kept as {}", pipelineId, moved);
    }

    @Override
    public synchronized String create(PipelineDeclaration declaration) {
        DeclarationCheck.Checked checked = check.check(declaration, files.newFile("new-pipeline"), null);
        String id = checked.pipeline().id();
        Path file = files.newFile(id);
        if (pipelines.declared(id).isPresent() || Files.exists(file)) {
            throw new PipelineExistsException("pipeline '" + id + "' exists; change it with PUT /api/v1/pipelines/" + id
                    + ", or DELETE it first");
        }
        files.write(file, checked.yaml());
        start(checked.pipeline().withFile(file));
        LOG.info("pipeline {} declared through the API in {}", id, file);
        return id;
    }

    /**
     * The new declaration replaces the file of the old one, which stops; the new one starts from the old one's
     * position, unless it reads another kind of source or fills another dataset, where that position means nothing.
     * An INVALID pipeline has no known source to compare with: it keeps its position, as a fixed file would.
     */
    @Override
    public synchronized void replace(String pipelineId, PipelineDeclaration declaration) {
        RunningPipelines.Declared old = pipelines.find(pipelineId);
        DeclarationCheck.Checked checked = check.check(declaration, old.file(), pipelineId);
        files.write(old.file(), checked.yaml());
        try {
            pipelines.stop(pipelineId);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "pipeline " + pipelineId + " cannot be stopped to restart it: " + e.getMessage(), e);
        }
        PipelineDefinition changed = checked.pipeline().withFile(old.file());
        if (old.definition() != null && sourceMoved(old.definition(), changed)) {
            ledger.forgetPosition(pipelineId);
        }
        states.remove(pipelineId); // what the old one reported is no longer true
        start(changed);
        LOG.info("pipeline {} replaced through the API and restarted", pipelineId);
    }

    @Override
    public void runNow(String pipelineId) {
        SourceStarter starter = pipelines.liveStarter(pipelineId);
        if (isPaused(pipelineId)) {
            throw new IllegalStateException("pipeline " + pipelineId + " is PAUSED; resume it first");
        }
        starter.runNow(pipelineId);
        LOG.info("pipeline {}: run requested", pipelineId);
    }

    @Override
    public synchronized void pause(String pipelineId) {
        SourceStarter starter = pipelines.liveStarter(pipelineId);
        if (isPaused(pipelineId)) {
            return;
        }
        if (inState(pipelineId, PipelineStates.FAILED)) {
            throw new IllegalStateException("pipeline " + pipelineId + " is FAILED and consumes nothing to pause;"
                    + " fix it with PUT /api/v1/pipelines/" + pipelineId);
        }
        try {
            starter.pause(pipelineId);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("pipeline " + pipelineId + " cannot be paused: " + e.getMessage(), e);
        }
        states.change(pipelineId, PipelineStates.PAUSED, "paused through the API; POST .../resume to consume again");
        LOG.info("pipeline {} paused", pipelineId);
    }

    @Override
    public synchronized void resume(String pipelineId) {
        SourceStarter starter = pipelines.liveStarter(pipelineId);
        if (!isPaused(pipelineId)) {
            return;
        }
        try {
            starter.resume(pipelineId);
        } catch (Exception e) {
            throw new IllegalStateException("pipeline " + pipelineId + " cannot be resumed: " + e.getMessage(), e);
        }
        states.change(pipelineId, PipelineStates.RUNNING, null);
        LOG.info("pipeline {} resumed", pipelineId);
    }

    private void start(PipelineDefinition pipeline) {
        registrar
                .register(pipeline.dataset())
                .ifPresentOrElse(problem -> pipelines.declareFailed(pipeline, problem), () -> {
                    pipelines.start(pipeline);
                    pipelines.starterOf(pipeline).allStarted();
                });
    }

    private boolean isPaused(String pipelineId) {
        return inState(pipelineId, PipelineStates.PAUSED);
    }

    private boolean inState(String pipelineId, String state) {
        return states.pipeline(pipelineId)
                .map(info -> state.equals(info.state()))
                .orElse(false);
    }

    private static boolean sourceMoved(PipelineDefinition old, PipelineDefinition changed) {
        return !Objects.equals(old.sourceKind(), changed.sourceKind())
                || !Objects.equals(old.datasetId(), changed.datasetId());
    }
}
