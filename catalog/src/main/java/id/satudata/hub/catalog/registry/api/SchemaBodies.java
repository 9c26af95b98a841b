package id.satudata.hub.catalog.registry.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.satudata.hub.catalog.registry.SchemaRegistryService;
import id.satudata.hub.catalog.registry.StoredSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The body of {@code GET /schemas/ids/{id}}, rendered once per id: every consumer asks for it at start-up and for
 * each new schema id it meets, and a schema id never changes what it names, so the bytes can be served for good.
 */
@Component
class SchemaBodies {

    /** Confluent's answer: the schema text and its references; no {@code schemaType} for Avro. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SchemaBody(String schema, List<RegistryJson.Reference> references) {}

    private final SchemaRegistryService registry;
    private final RegistryJson json;
    private final Map<Integer, byte[]> bodies = new ConcurrentHashMap<>();

    SchemaBodies(SchemaRegistryService registry, RegistryJson json) {
        this.registry = registry;
        this.json = json;
    }

    /** The body if it was rendered already, else null: the fast path never reads the store. */
    byte[] cached(int id) {
        return bodies.get(id);
    }

    byte[] byId(int id) {
        byte[] body = bodies.get(id);
        if (body == null) {
            StoredSchema schema = registry.schema(id);
            body = json.write(new SchemaBody(schema.schema(), RegistryJson.Reference.of(schema.references())));
            bodies.putIfAbsent(id, body);
        }
        return body;
    }
}
