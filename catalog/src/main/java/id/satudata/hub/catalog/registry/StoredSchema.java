package id.satudata.hub.catalog.registry;

import java.util.List;

/**
 * A schema as the registry keeps it under its global id: its canonical text (Avro JSON with referenced types named,
 * not inlined) and its references. Never changes once written, so it may be cached for good.
 */
public record StoredSchema(int id, String schema, List<SchemaReference> references) {
    public StoredSchema {
        references = List.copyOf(references);
    }
}
