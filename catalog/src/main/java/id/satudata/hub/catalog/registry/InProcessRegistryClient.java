package id.satudata.hub.catalog.registry;

import id.satudata.hub.schemas.registry.Compatibility;
import id.satudata.hub.schemas.registry.RegisteredSchema;
import id.satudata.hub.schemas.registry.SchemaRegistryClient;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The hub's own registry reached in process: the same operations, errors and ids a Confluent client gets over HTTP,
 * without the HTTP. A schema goes in as Avro writes it, every named type inlined (no references).
 */
public class InProcessRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryService registry;

    public InProcessRegistryClient(SchemaRegistryService registry) {
        this.registry = registry;
    }

    @Override
    public int register(String subject, Schema schema) {
        return registry.register(subject, SchemaInput.avro(schema.toString()), null, null);
    }

    @Override
    public Schema schemaById(int id) {
        return registry.avroSchema(id);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        return registered(registry.lookup(subject, SchemaInput.avro(schema.toString()), false));
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return registered(registry.version(subject, "latest", false));
    }

    @Override
    public RegisteredSchema version(String subject, int version) {
        return registered(registry.version(subject, String.valueOf(version), false));
    }

    @Override
    public List<Integer> versions(String subject) {
        return registry.versions(subject, false, false);
    }

    @Override
    public Compatibility checkCompatibility(String subject, Schema schema) {
        return registry.checkCompatibility(subject, SchemaInput.avro(schema.toString()), null);
    }

    private RegisteredSchema registered(SubjectVersion version) {
        return new RegisteredSchema(
                version.subject(), version.id(), version.version(), registry.avroSchema(version.id()));
    }
}
