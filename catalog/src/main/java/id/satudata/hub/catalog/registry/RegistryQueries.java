package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.SchemaRows;
import id.satudata.hub.catalog.registry.store.VersionFilter;
import id.satudata.hub.catalog.registry.store.VersionRow;
import id.satudata.hub.catalog.registry.store.VersionRows;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The registry's reads: subjects, their versions, schemas by id and the lookups clients make before they register.
 * A subject exists while it has a version the request may see; otherwise 40401, as in Confluent.
 */
final class RegistryQueries {

    private final DSLContext dsl;
    private final SchemaCache schemas;
    private final SchemaResolver resolver;
    private final SchemaRows schemaRows = new SchemaRows();
    private final VersionRows versions = new VersionRows();

    RegistryQueries(DSLContext dsl, SchemaCache schemas, SchemaResolver resolver) {
        this.dsl = dsl;
        this.schemas = schemas;
        this.resolver = resolver;
    }

    List<String> subjects(String prefix, VersionFilter filter) {
        return versions.subjects(dsl, prefix, filter);
    }

    List<Integer> versions(String subject, VersionFilter filter) {
        List<VersionRow> rows = versions.all(dsl, subject);
        if (rows.stream().noneMatch(row -> filter.accepts(row.deleted()))) {
            throw RegistryErrors.subjectNotFound(subject);
        }
        return rows.stream()
                .filter(row -> filter.accepts(row.deleted()))
                .map(VersionRow::version)
                .toList();
    }

    /** A version; {@code latest} is the latest live one, and {@code deleted} shows soft-deleted versions too. */
    SubjectVersion version(String subject, VersionId versionId, boolean deleted) {
        List<VersionRow> rows = versions.all(dsl, subject);
        return rows.stream()
                .filter(row -> versionId.latest() ? !row.deleted() : row.version() == versionId.value())
                .filter(row -> deleted || !row.deleted())
                .reduce((first, second) -> second)
                .map(this::view)
                .orElseThrow(() -> rows.stream().anyMatch(row -> deleted || !row.deleted())
                        ? RegistryErrors.versionNotFound(versionId.value())
                        : RegistryErrors.subjectNotFound(subject));
    }

    /** The subject's latest version with this schema; 40403 when it has none, 40401 when the subject is unknown. */
    SubjectVersion lookup(String subject, SchemaInput input, boolean deleted) {
        ParsedSchema schema = resolver.parse(input);
        List<Integer> ids = schemaRows.idsWithFingerprint(dsl, schema.fingerprint());
        List<VersionRow> rows = versions.all(dsl, subject);
        return rows.stream()
                .filter(row -> (deleted || !row.deleted()) && ids.contains(row.schemaId()))
                .reduce((first, second) -> second)
                .map(this::view)
                .orElseThrow(() -> rows.stream().anyMatch(row -> deleted || !row.deleted())
                        ? RegistryErrors.schemaNotFound()
                        : RegistryErrors.subjectNotFound(subject));
    }

    StoredSchema schema(int id) {
        return schemas.require(id);
    }

    /** The subject-versions that use the schema; 40403 when no schema has the id. */
    List<SubjectVersion> versionsOf(int id, boolean deleted) {
        schemas.require(id);
        return versions.ofSchema(dsl, id).stream()
                .filter(row -> deleted || !row.deleted())
                .sorted(Comparator.comparing(VersionRow::subject).thenComparing(VersionRow::version))
                .map(this::view)
                .toList();
    }

    /** The ids of the live schemas that reference the version. */
    List<Integer> referencedBy(String subject, VersionId versionId) {
        SubjectVersion version = version(subject, versionId, true);
        return versions.referencingSchemaIds(dsl, subject, version.version());
    }

    List<CompatibilityChecker.Previous> live(String subject) {
        return versions.all(dsl, subject).stream()
                .filter(row -> !row.deleted())
                .map(row -> new CompatibilityChecker.Previous(
                        row.version(),
                        schemas.require(row.schemaId()).schema(),
                        resolver.parsed(row.schemaId()).schema()))
                .toList();
    }

    private SubjectVersion view(VersionRow row) {
        StoredSchema schema = schemas.require(row.schemaId());
        return new SubjectVersion(
                row.subject(), row.version(), row.schemaId(), schema.schema(), schema.references(), row.deleted());
    }
}
