package id.satudata.hub.catalog.api.change;

import id.satudata.hub.catalog.api.dataset.DatasetEntry;
import id.satudata.hub.catalog.dataset.DatasetSubjects;
import id.satudata.hub.catalog.store.ChangeEntry;
import id.satudata.hub.catalog.store.RecordJson;
import id.satudata.hub.catalog.store.RecordPayload;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.springframework.stereotype.Component;

/**
 * Renders change-log entries as the feed shows them: each payload read under the schema version it was written with
 * (the dataset's current one without asking the registry, an earlier one from the dataset's value subject, kept
 * once read since versions never change).
 */
@Component
class ChangeRenderer {

    private final SchemaRegistryClient registry;
    private final DatasetSubjects subjects;
    private final Map<String, Schema> earlierVersions = new ConcurrentHashMap<>();

    ChangeRenderer(SchemaRegistryClient registry, DatasetSubjects subjects) {
        this.registry = registry;
        this.subjects = subjects;
    }

    ChangeView render(DatasetEntry dataset, ChangeEntry entry) {
        String record = entry.payload() == null
                ? null
                : RecordJson.of(RecordPayload.decode(schemaOf(dataset, entry.schemaVersion()), entry.payload()));
        return new ChangeView(
                entry.seq(), String.valueOf(entry.op()), entry.recordKey(), entry.schemaVersion(), record);
    }

    private Schema schemaOf(DatasetEntry dataset, int version) {
        if (version == dataset.schemaVersion()) {
            return dataset.schema();
        }
        String subject = subjects.valueSubject(dataset.id());
        return earlierVersions.computeIfAbsent(subject + "@" + version, ignored -> registry.version(subject, version)
                .schema());
    }
}
