package id.satudata.hub.routes.pipeline;

import id.satudata.hub.catalog.store.RunLedger;
import id.satudata.hub.connectors.cdc.CdcEngine;
import id.satudata.hub.connectors.cdc.CdcPipeline;
import id.satudata.hub.connectors.cdc.CdcSourceSettings;
import id.satudata.hub.connectors.cdc.HubHistory;
import id.satudata.hub.connectors.cdc.ReplicationSlots;
import id.satudata.hub.connectors.cdc.SourceTables;
import id.satudata.hub.connectors.cdc.StoreTransaction;
import id.satudata.hub.connectors.ingest.IngestSink;
import id.satudata.hub.connectors.ingest.SourceHealth;
import id.satudata.hub.routes.definition.PipelineDefinition;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.CamelContext;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CDC pipelines: one engine per agency database, started once every pipeline on it is known, and added to the
 * Camel context as a service so that it stops with the hub. The engine's batches commit in one Spring
 * transaction, in which each pipeline's store transaction nests. Removing a pipeline restarts its engine without
 * it, or stops the engine and drops its replication slot and publication when it was the last. A pipeline declared
 * or replaced through the API restarts its database's engine with it, from the engine's offsets; a CDC pipeline
 * cannot be paused or run on demand, since its engine streams every pipeline of its database as changes commit.
 */
@Component
public class CdcSourceStarter implements SourceStarter {

    private final CamelContext camel;
    private final StoreTransaction transaction;
    private final HubHistory history;
    private final PipelineStates states;
    private final MeterRegistry meters;
    private final RunLedger ledger;
    private final List<CdcPipeline> declared = new ArrayList<>();
    private final Map<String, CdcEngine> engines = new ConcurrentHashMap<>();

    public CdcSourceStarter(
            CamelContext camel,
            PlatformTransactionManager transactions,
            DataSourceProperties dataSource,
            PipelineStates states,
            MeterRegistry meters,
            RunLedger ledger) {
        this.camel = camel;
        TransactionTemplate template = new TransactionTemplate(transactions);
        this.transaction = work -> template.executeWithoutResult(status -> work.run());
        this.history = new HubHistory(
                dataSource.determineUrl(), dataSource.determineUsername(), dataSource.determinePassword());
        this.states = states;
        this.meters = meters;
        this.ledger = ledger;
    }

    @Override
    public String kind() {
        return "cdc";
    }

    @Override
    public synchronized void start(PipelineDefinition pipeline, IngestSink sink, SourceHealth unused) {
        // an engine serves every pipeline of its database, so it reports through its own status board
        declared.add(new CdcPipeline(pipeline.id(), pipeline.typedSource(CdcSourceSettings.class), sink));
    }

    /** Starts the engines of the pipelines handed over since the last call, each with its database's others. */
    @Override
    public synchronized void allStarted() {
        List<CdcPipeline> waiting = new ArrayList<>(declared);
        declared.clear();
        while (!waiting.isEmpty()) {
            CdcPipeline first = waiting.get(0);
            List<CdcPipeline> sameDatabase = new ArrayList<>(waiting.stream()
                    .filter(p -> p.settings()
                            .database()
                            .sameDatabase(first.settings().database()))
                    .toList());
            waiting.removeAll(sameDatabase);
            CdcEngine running = engines.remove(first.settings().database().engineName());
            if (running != null) { // a pipeline added while the hub runs joins the engine of its database
                stopEngine(running);
                sameDatabase.addAll(0, running.pipelines());
            }
            startEngine(sameDatabase);
        }
    }

    @Override
    public void snapshot(String pipelineId) {
        CdcPipeline pipeline = find(pipelineId);
        SourceTables.requestSnapshot(pipeline.settings().database(), pipeline.settings());
    }

    @Override
    public synchronized void remove(String pipelineId) throws Exception {
        CdcEngine engine = stopWithout(pipelineId);
        if (engine.pipelines().size() == 1) {
            ReplicationSlots.drop(engine.database());
        }
        ledger.forgetPosition(pipelineId);
    }

    /** Restarts the engine without the pipeline, keeping the slot even when it was the last, to start it again. */
    @Override
    public synchronized void stop(String pipelineId) throws Exception {
        stopWithout(pipelineId);
    }

    @Override
    public void runNow(String pipelineId) {
        throw new IllegalStateException("a cdc pipeline does not poll: its engine streams the source's changes as"
                + " they commit; POST .../snapshot copies its table again");
    }

    @Override
    public void pause(String pipelineId) {
        throw new IllegalStateException("a cdc pipeline cannot be paused: its engine streams every pipeline of its"
                + " database and the source keeps its changes in the replication slot meanwhile; DELETE it to stop"
                + " it for good");
    }

    /** Stops the pipeline's engine and starts it again with the database's other pipelines; returns the old one. */
    private CdcEngine stopWithout(String pipelineId) throws Exception {
        CdcPipeline pipeline = find(pipelineId);
        CdcEngine engine = engines.remove(pipeline.settings().database().engineName());
        stopEngine(engine);
        List<CdcPipeline> rest = new ArrayList<>(engine.pipelines());
        rest.remove(pipeline);
        if (!rest.isEmpty()) {
            startEngine(rest);
        }
        return engine;
    }

    private void stopEngine(CdcEngine engine) {
        try {
            engine.stop();
            camel.removeService(engine);
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the CDC engine of " + engine.database(), e);
        }
    }

    private void startEngine(List<CdcPipeline> pipelines) {
        CdcEngine engine = new CdcEngine(
                pipelines.get(0).settings().database(),
                pipelines,
                transaction,
                history,
                new CdcStatusBoard(
                        pipelines.stream().map(CdcPipeline::pipelineId).toList(), states, meters));
        engines.put(engine.database().engineName(), engine);
        try {
            camel.addService(engine, true, true);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the CDC engine of " + engine.database(), e);
        }
    }

    private CdcPipeline find(String pipelineId) {
        return engines.values().stream()
                .flatMap(engine -> engine.pipelines().stream())
                .filter(p -> p.pipelineId().equals(pipelineId))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException(pipelineId));
    }
}
