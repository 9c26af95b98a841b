package id.satudata.hub.routes.ingest;

import id.satudata.hub.catalog.dataset.DatasetKeySchema;
import id.satudata.hub.catalog.store.RecordKey;
import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.InvalidMappingException;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Conforms only the key fields of a raw record, as the pipeline's mapping fills them, into the record key: a
 * source delete carries the key values (often nothing else), and its other fields must not decide whether the
 * record it removes can be found.
 */
final class KeyConformer {

    private final Conformer conformer;
    private final List<String> keyFields;

    private KeyConformer(Conformer conformer, List<String> keyFields) {
        this.conformer = conformer;
        this.keyFields = keyFields;
    }

    /** The key conformer of the mapping against the key fields of {@code schema}. */
    static KeyConformer compile(Schema schema, List<String> keyFields, MappingSpec mapping)
            throws InvalidMappingException {
        Schema keySchema = DatasetKeySchema.of(schema, keyFields);
        Map<String, FieldSpec> keyMapping = new LinkedHashMap<>(mapping.fields());
        keyMapping.keySet().retainAll(keyFields);
        return new KeyConformer(
                MappingCompiler.compile(keySchema, new MappingSpec(keyMapping)), List.copyOf(keyFields));
    }

    /** The record key of a raw record, or {@code null} with the violations of the key values that do not conform. */
    record Key(String value, List<Violation> violations) {}

    Key keyOf(RawRecord raw) {
        ConformResult result = conformer.conform(raw);
        if (result instanceof ConformResult.Conformed conformed) {
            return new Key(RecordKey.of(conformed.record(), keyFields), List.of());
        }
        return new Key(null, ((ConformResult.Rejected) result).violations());
    }
}
