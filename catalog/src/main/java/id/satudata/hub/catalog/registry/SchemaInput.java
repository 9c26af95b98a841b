package id.satudata.hub.catalog.registry;

import java.util.List;

/**
 * A schema as a client sends it to register, look up or check: its text, its type ({@code null} means AVRO, as in
 * Confluent's API) and the references that resolve the named types it does not define.
 */
public record SchemaInput(String schemaType, String schema, List<SchemaReference> references) {
    public SchemaInput {
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static SchemaInput avro(String schema) {
        return new SchemaInput(null, schema, List.of());
    }
}
