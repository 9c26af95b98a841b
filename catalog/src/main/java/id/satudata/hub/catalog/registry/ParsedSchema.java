package id.satudata.hub.catalog.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * A schema parsed with its references resolved: Avro's view of it, the canonical text the registry stores and the
 * fingerprint that makes the same text with the same references one global id.
 */
public record ParsedSchema(Schema schema, String canonical, List<SchemaReference> references, String fingerprint) {
    public ParsedSchema {
        references = List.copyOf(references);
    }
}
