package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.VersionFilter;
import id.satudata.hub.schemas.registry.Compatibility;
import java.util.List;
import java.util.function.Supplier;
import org.apache.avro.Schema;
import org.jooq.DSLContext;

/**
 * The hub's schema registry: every operation of Confluent's Schema Registry on Avro schemas, kept in the catalog's
 * database. Failures are {@link id.satudata.hub.schemas.registry.RegistryException}s with Confluent's codes. Versions
 * are named as clients name them ({@code 3}, {@code latest}, {@code -1}).
 */
public class SchemaRegistryService {

    /** The schema types this registry keeps: Avro only. */
    public static final List<String> SCHEMA_TYPES = List.of(AvroParsing.AVRO);

    private final SchemaResolver resolver;
    private final RegistrySettings settings;
    private final RegistryQueries queries;
    private final SchemaRegistration registration;
    private final SubjectDeletions deletions;
    private final CompatibilityChecks compatibility;

    public SchemaRegistryService(DSLContext dsl, List<RegistrationHook> hooks) {
        this(dsl, () -> hooks);
    }

    /**
     * @param hooks looked up at each registration, so that a hook may itself depend on the registry
     */
    public SchemaRegistryService(DSLContext dsl, Supplier<List<RegistrationHook>> hooks) {
        SchemaCache schemas = new SchemaCache(dsl);
        this.resolver = new SchemaResolver(dsl, schemas);
        this.settings = new RegistrySettings(dsl);
        this.queries = new RegistryQueries(dsl, schemas, resolver);
        this.registration = new SchemaRegistration(dsl, resolver, schemas, settings, hooks);
        this.deletions = new SubjectDeletions(dsl, settings);
        this.compatibility = new CompatibilityChecks(dsl, queries, resolver, settings);
    }

    public List<String> subjects(String prefix, boolean deleted, boolean deletedOnly) {
        return queries.subjects(prefix, VersionFilter.of(deleted, deletedOnly));
    }

    public List<Integer> versions(String subject, boolean deleted, boolean deletedOnly) {
        return queries.versions(subject, VersionFilter.of(deleted, deletedOnly));
    }

    public SubjectVersion version(String subject, String version, boolean deleted) {
        return queries.version(subject, VersionId.parse(version), deleted);
    }

    public SubjectVersion lookup(String subject, SchemaInput schema, boolean deleted) {
        return queries.lookup(subject, schema, deleted);
    }

    /**
     * Registers the schema, or answers its id when the subject has it live already.
     *
     * @param id the id to keep, in IMPORT mode only; null otherwise
     * @param version the version to keep, in IMPORT mode only; null otherwise
     * @return the schema's global id
     */
    public int register(String subject, SchemaInput schema, Integer id, Integer version) {
        return registration.register(subject, schema, id, version);
    }

    public List<Integer> deleteSubject(String subject, boolean permanent) {
        return deletions.deleteSubject(subject, permanent);
    }

    public int deleteVersion(String subject, String version, boolean permanent) {
        return deletions.deleteVersion(subject, VersionId.parse(version), permanent);
    }

    public List<Integer> referencedBy(String subject, String version) {
        return queries.referencedBy(subject, VersionId.parse(version));
    }

    public StoredSchema schema(int id) {
        return queries.schema(id);
    }

    /** The schema with the id as Avro sees it, references resolved; parsed once per id. */
    public Schema avroSchema(int id) {
        return resolver.parsed(id).schema();
    }

    public List<String> subjectsOf(int id, boolean deleted) {
        return queries.versionsOf(id, deleted).stream()
                .map(SubjectVersion::subject)
                .distinct()
                .toList();
    }

    public List<SubjectVersion> versionsOf(int id, boolean deleted) {
        return queries.versionsOf(id, deleted);
    }

    /**
     * @param version the version to check against, or null to check as registering would
     */
    public Compatibility checkCompatibility(String subject, SchemaInput schema, String version) {
        return compatibility.check(subject, schema, version);
    }

    /** Compatibility levels and modes, global (subject null) or per subject. */
    public RegistrySettings settings() {
        return settings;
    }
}
