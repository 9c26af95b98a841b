package id.satudata.hub.connectors.cdc;

import id.satudata.hub.connectors.ingest.SourceRecord;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.data.Struct;

/**
 * Reads Debezium change events: which table a change is of, and the change as a source record. Creates, updates
 * and snapshot reads carry their row after the change; a delete carries the row before it (all columns with
 * PostgreSQL's {@code REPLICA IDENTITY FULL} or MariaDB's full row image, else the key columns) together with the
 * event key, so that its key can always be conformed.
 */
final class ChangeEvents {

    private ChangeEvents() {}

    /** The event's change envelope, or {@code null} for heartbeats, transaction markers and tombstones. */
    static Struct envelope(org.apache.kafka.connect.source.SourceRecord event) {
        if (!(event.value() instanceof Struct value) || value.schema().field("op") == null) {
            return null;
        }
        return value;
    }

    /** The changed table as the engine's filters name it: {@code schema.table} or {@code database.table}. */
    static String table(Struct envelope) {
        Struct source = envelope.getStruct("source");
        Object namespace = source.schema().field("schema") != null ? source.get("schema") : source.get("db");
        return namespace + "." + source.getString("table");
    }

    /** The Debezium operation: c, u, d, r (snapshot read) or t (truncate). */
    static String op(Struct envelope) {
        return envelope.getString("op");
    }

    /** Whether the event is a snapshot read that ends the snapshot of its table or of every table. */
    static boolean endsSnapshot(Struct envelope) {
        Object snapshot = envelope.getStruct("source").get("snapshot");
        return "last".equals(snapshot) || "last_in_data_collection".equals(snapshot);
    }

    /** The row image's schema, whose columns tell when the source table changed shape. */
    static Schema rowSchema(Struct envelope) {
        return envelope.schema().field("after").schema();
    }

    /** The change as a source record, or {@code null} for an operation that changes no row (truncate). */
    static SourceRecord toSourceRecord(
            org.apache.kafka.connect.source.SourceRecord event, Struct envelope, long index) {
        return switch (op(envelope)) {
            case "c", "u", "r" -> SourceRecord.of(index, new ChangeRow(StructValues.of(envelope.getStruct("after"))));
            case "d" -> SourceRecord.delete(index, new ChangeRow(deleted(event, envelope)));
            default -> null;
        };
    }

    private static Map<String, Object> deleted(org.apache.kafka.connect.source.SourceRecord event, Struct envelope) {
        Map<String, Object> values = new LinkedHashMap<>();
        Struct before = envelope.getStruct("before");
        if (before != null) {
            values.putAll(StructValues.of(before));
        }
        if (event.key() instanceof Struct key) {
            StructValues.of(key).forEach(values::putIfAbsent);
        }
        return values;
    }
}
