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
 * it, or stops the engine and drops its replication slot and publication when it was the last.
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

    @Override
    public synchronized void allStarted() {
        List<CdcPipeline> waiting = new ArrayList<>(declared);
        declared.clear();
        while (!waiting.isEmpty()) {
            CdcPipeline first = waiting.get(0);
            List<CdcPipeline> sameDatabase = waiting.stream()
                    .filter(p -> p.settings()
                            .database()
                            .sameDatabase(first.settings().database()))
                    .toList();
            waiting.removeAll(sameDatabase);
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
        CdcPipeline pipeline = find(pipelineId);
        CdcEngine engine = engines.remove(pipeline.settings().database().engineName());
        engine.stop();
        camel.removeService(engine);
        List<CdcPipeline> rest = new ArrayList<>(engine.pipelines());
        rest.remove(pipeline);
        if (rest.isEmpty()) {
            ReplicationSlots.drop(engine.database());
        } else {
            startEngine(rest);
        }
        ledger.forgetPosition(pipelineId);
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
