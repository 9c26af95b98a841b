package id.satudata.hub.routes.kafka;

import id.satudata.hub.catalog.store.ChangeEntry;
import id.satudata.hub.catalog.store.KeyRecords;
import id.satudata.hub.connectors.kafka.OutboundChange;
import id.satudata.hub.schemas.registry.AvroWireFormat;
import id.satudata.hub.schemas.registry.AvroWireSerializer;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * A dataset's change log entries in Confluent's wire format with the ids of the hub's registry. The key is the key
 * record made from the entry's record key and written under the {@code <topic>-key} subject's id; the value is the
 * stored payload as it is, after the header with the id of the {@code <topic>-value} version it was written with
 * (a dataset's schema version is the version number in its value subject), so that no record is read and written
 * again on its way out. Used from the relay's thread only.
 */
final class DatasetWireEncoder {

    private final SchemaRegistryClient registry;
    private final AvroWireSerializer keys;
    private final String keySubject;
    private final String valueSubject;
    private final Schema keySchema;
    private final Map<Integer, Integer> valueIds = new HashMap<>();

    DatasetWireEncoder(SchemaRegistryClient registry, String keySubject, String valueSubject, Schema keySchema) {
        this.registry = registry;
        // the hub registers its datasets' key schemas at start-up: an outlet only looks their ids up
        this.keys = new AvroWireSerializer(registry, false);
        this.keySubject = keySubject;
        this.valueSubject = valueSubject;
        this.keySchema = keySchema;
    }

    OutboundChange encode(ChangeEntry entry) {
        byte[] key = keys.serialize(keySubject, KeyRecords.of(entry.recordKey(), keySchema), keySchema);
        byte[] value = entry.isDelete() ? null : AvroWireFormat.frame(valueId(entry.schemaVersion()), entry.payload());
        return new OutboundChange(entry.seq(), key, value);
    }

    private int valueId(int schemaVersion) {
        return valueIds.computeIfAbsent(schemaVersion, version -> registry.version(valueSubject, version)
                .id());
    }
}
