package id.satudata.hub.routes.kafka;

import id.satudata.hub.catalog.dataset.DatasetKeySchema;
import id.satudata.hub.catalog.dataset.DatasetSubjects;
import id.satudata.hub.catalog.store.ChangeEntry;
import id.satudata.hub.catalog.store.ChangeLog;
import id.satudata.hub.catalog.store.DatasetSchema;
import id.satudata.hub.catalog.store.DatasetStore;
import id.satudata.hub.connectors.kafka.OutboundChange;
import id.satudata.hub.connectors.kafka.RelayedChanges;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The store's change logs as the Kafka relay reads them: every registered dataset, each entry wire-encoded. */
final class ChangeLogRelaySource implements RelayedChanges {

    private final ChangeLog changeLog;
    private final DatasetStore store;
    private final DatasetSubjects subjects;
    private final SchemaRegistryClient registry;
    private final Map<String, DatasetWireEncoder> encoders = new HashMap<>();

    ChangeLogRelaySource(
            ChangeLog changeLog, DatasetStore store, DatasetSubjects subjects, SchemaRegistryClient registry) {
        this.changeLog = changeLog;
        this.store = store;
        this.subjects = subjects;
        this.registry = registry;
    }

    @Override
    public Map<String, Long> lastSequences() {
        return changeLog.lastSequences();
    }

    @Override
    public List<OutboundChange> after(String datasetId, long afterSeq, int limit) {
        List<ChangeEntry> entries = changeLog.after(datasetId, afterSeq, limit);
        DatasetWireEncoder encoder = encoders.computeIfAbsent(datasetId, this::encoderOf);
        List<OutboundChange> changes = new ArrayList<>(entries.size());
        for (ChangeEntry entry : entries) {
            changes.add(encoder.encode(entry));
        }
        return changes;
    }

    @Override
    public String topic(String datasetId) {
        return subjects.topic(datasetId);
    }

    /** The key fields cannot change while the hub runs, so neither can the key schema. */
    private DatasetWireEncoder encoderOf(String datasetId) {
        DatasetSchema dataset = store.schemaOf(datasetId);
        return new DatasetWireEncoder(
                registry,
                subjects.keySubject(datasetId),
                subjects.valueSubject(datasetId),
                DatasetKeySchema.of(dataset.schema(), dataset.keyFields()));
    }
}
