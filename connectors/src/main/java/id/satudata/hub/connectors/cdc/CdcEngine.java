package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.cdc.CdcStatus.State;
import io.debezium.embedded.Connect;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.kafka.connect.source.SourceRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Debezium engine of one agency database, feeding every pipeline on its tables, as a Camel service so that
 * the hub's Camel context starts and stops it with the routes. A supervisor thread checks the source's
 * requirements, runs the engine from the pipelines' committed position, and when the engine ends by itself
 * sorts out why: a requirement that is not met fails the pipelines at once with what to fix; a source that cannot
 * be reached makes them DEGRADED and the engine retries with exponential backoff (1 s up to 1 min).
 */
public final class CdcEngine extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CdcEngine.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LAST_RETRY = Duration.ofMinutes(1);

    private final CdcDatabase database;
    private final List<CdcPipeline> pipelines;
    private final StoreTransaction transaction;
    private final HubHistory history;
    private final CdcStatus status;
    private final AtomicReference<DebeziumEngine<RecordChangeEvent<SourceRecord>>> running = new AtomicReference<>();
    private volatile boolean stopping;
    private Thread supervisor;

    public CdcEngine(
            CdcDatabase database,
            List<CdcPipeline> pipelines,
            StoreTransaction transaction,
            HubHistory history,
            CdcStatus status) {
        this.database = database;
        this.pipelines = List.copyOf(pipelines);
        this.transaction = transaction;
        this.history = history;
        this.status = status;
    }

    public CdcDatabase database() {
        return database;
    }

    public List<CdcPipeline> pipelines() {
        return pipelines;
    }

    @Override
    protected void doStart() {
        stopping = false;
        supervisor = new Thread(this::supervise, "cdc-" + database.engineName());
        supervisor.setDaemon(true);
        supervisor.start();
    }

    @Override
    protected void doStop() throws IOException, InterruptedException {
        stopping = true;
        DebeziumEngine<?> engine = running.getAndSet(null);
        if (engine != null) {
            engine.close();
        }
        if (supervisor != null) {
            supervisor.interrupt();
            supervisor.join(Duration.ofMinutes(1).toMillis());
        }
        status.engineState(State.STOPPED, "the hub stopped the engine");
    }

    private void supervise() {
        Duration retry = FIRST_RETRY;
        status.engineState(State.STARTING, null);
        while (!stopping) {
            try {
                SourceRequirements.check(
                        database, pipelines.stream().map(CdcPipeline::settings).toList());
                Optional<String> failure = runEngine();
                if (failure.isEmpty() || stopping) {
                    return;
                }
                // the engine ended by itself: check again whether a requirement is the reason, else retry
                SourceRequirements.check(
                        database, pipelines.stream().map(CdcPipeline::settings).toList());
                throw new SourceUnavailableException(failure.get(), null);
            } catch (CdcRequirementException e) {
                LOG.error("CDC engine {} failed: {}", database, e.getMessage());
                status.engineState(State.FAILED, e.getMessage());
                return;
            } catch (SourceUnavailableException e) {
                LOG.warn("CDC engine {}: {}; retrying in {} s", database, e.getMessage(), retry.toSeconds());
                status.engineState(State.DEGRADED, e.getMessage() + "; retrying in " + retry.toSeconds() + " s");
                if (!pause(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** Runs the engine until it ends; the reason it failed, or empty when it was stopped. */
    private Optional<String> runEngine() {
        List<PipelineFeed> feeds = new ArrayList<>();
        Optional<CdcPosition> position = Optional.empty();
        for (CdcPipeline pipeline : pipelines) {
            long runId = pipeline.sink().startRun("cdc " + database + "/" + pipeline.table());
            feeds.add(
                    new PipelineFeed(pipeline, runId, SourceTables.rowEstimate(database, pipeline.settings()), status));
            if (position.isEmpty()) {
                position = pipeline.sink().position().map(CdcPosition::parse);
            }
        }
        HubOffsetStore.startFrom(database.engineName(), position);
        AtomicReference<String> failure = new AtomicReference<>();
        DebeziumEngine<RecordChangeEvent<SourceRecord>> engine = DebeziumEngine.create(
                        ChangeEventFormat.of(Connect.class))
                .using(EngineProperties.of(
                        database, pipelines.stream().map(CdcPipeline::settings).toList(), history))
                .notifying(new ChangeBatchHandler(feeds, transaction))
                .using(new EngineCallbacks(status))
                .using((success, message, error) -> {
                    if (!success) {
                        failure.set(error == null ? message : message + ": " + rootMessage(error));
                    }
                })
                .build();
        running.set(engine);
        try {
            engine.run();
        } finally {
            running.compareAndSet(engine, null);
            String reason = failure.get();
            feeds.forEach(feed -> finishRun(feed, reason));
        }
        return stopping
                ? Optional.empty()
                : Optional.of(Optional.ofNullable(failure.get()).orElse("the engine stopped"));
    }

    private void finishRun(PipelineFeed feed, String reason) {
        if (reason == null) {
            feed.pipeline().sink().succeeded(feed.runId());
        } else {
            feed.pipeline().sink().failed(feed.runId(), reason + "; the stream resumes from its position");
        }
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return !stopping;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
