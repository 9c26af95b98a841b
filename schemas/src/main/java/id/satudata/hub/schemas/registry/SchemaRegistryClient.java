package id.satudata.hub.schemas.registry;

import java.util.List;
import org.apache.avro.Schema;

/**
 * How the hub reaches a schema registry: the hub's own catalog in process, or any Confluent-compatible registry
 * over HTTP. Only Avro schemas; subjects follow Confluent's naming ({@code <topic>-key}, {@code <topic>-value}).
 * Every failure the registry reports is a {@link RegistryException} with Confluent's error code.
 */
public interface SchemaRegistryClient {

    /**
     * Registers the schema under the subject if the subject's compatibility level allows it, or finds it if the
     * subject already has it.
     *
     * @return the schema's global id, the same for the same schema under every subject
     */
    int register(String subject, Schema schema);

    /** The schema with the global id. */
    Schema schemaById(int id);

    /** The subject's version with the schema, or a {@link RegistryException} (40403) when it has none. */
    RegisteredSchema lookup(String subject, Schema schema);

    /** The subject's latest live version. */
    RegisteredSchema latest(String subject);

    /** One version of the subject. */
    RegisteredSchema version(String subject, int version);

    /** The subject's live version numbers, ascending. */
    List<Integer> versions(String subject);

    /**
     * Checks the schema against the subject's versions as its compatibility level says (the latest for
     * non-transitive levels, all for transitive ones).
     */
    Compatibility checkCompatibility(String subject, Schema schema);
}
