package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.ingest.IngestSink;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Receives each batch of an engine's change events and stores it: every change goes to the pipelines on its
 * table, and all of them commit in one store transaction with the position of the batch's last event. Only
 * then are the events marked processed, so Debezium's own offset never runs ahead of the store, and a crash
 * replays exactly the batch that did not commit. Pipelines without changes in a batch commit an empty batch, so
 * that every pipeline of the engine holds the same position.
 */
final class ChangeBatchHandler implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

    private final List<PipelineFeed> feeds;
    private final Map<String, List<PipelineFeed>> byTable;
    private final StoreTransaction transaction;

    ChangeBatchHandler(List<PipelineFeed> feeds, StoreTransaction transaction) {
        this.feeds = List.copyOf(feeds);
        this.byTable = feeds.stream()
                .collect(Collectors.groupingBy(feed -> feed.pipeline().table()));
        this.transaction = transaction;
    }

    @Override
    public void handleBatch(
            List<RecordChangeEvent<SourceRecord>> events,
            DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
            throws InterruptedException {
        SourceRecord last = null;
        for (RecordChangeEvent<SourceRecord> event : events) {
            SourceRecord record = event.record();
            last = record.sourceOffset() == null ? last : record;
            Struct envelope = ChangeEvents.envelope(record);
            if (envelope != null) {
                for (PipelineFeed feed : byTable.getOrDefault(ChangeEvents.table(envelope), List.of())) {
                    feed.add(record, envelope);
                }
            }
        }
        if (last != null) {
            store(new CdcPosition(last.sourcePartition(), last.sourceOffset()).toString());
        }
        for (RecordChangeEvent<SourceRecord> event : events) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
    }

    private void store(String position) {
        List<Runnable> commits = new ArrayList<>(feeds.size());
        for (PipelineFeed feed : feeds) {
            IngestSink sink = feed.pipeline().sink();
            IngestSink.PreparedBatch prepared = sink.prepare(feed.runId(), feed.takeBatch(), position);
            commits.add(() -> sink.commit(prepared));
        }
        transaction.inOne(() -> commits.forEach(Runnable::run));
    }
}
