package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.CompatibilityChecker.Previous;
import id.satudata.hub.catalog.registry.store.SchemaRows;
import id.satudata.hub.catalog.registry.store.SubjectLocks;
import id.satudata.hub.catalog.registry.store.VersionRow;
import id.satudata.hub.catalog.registry.store.VersionRows;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Registers a schema under a subject as Confluent's registry does. A schema the subject already has live answers
 * its id and adds no version. Otherwise, holding the subject's lock: the mode must allow it, the schema must be
 * compatible with the live versions (not checked in IMPORT), every {@link RegistrationHook} agrees, and only then is
 * the version written, all in one transaction.
 */
final class SchemaRegistration {

    private final DSLContext dsl;
    private final SchemaResolver resolver;
    private final SchemaCache schemas;
    private final RegistrySettings settings;
    private final Supplier<List<RegistrationHook>> hooks;
    private final SchemaRows schemaRows = new SchemaRows();
    private final SchemaIds schemaIds = new SchemaIds();
    private final VersionRows versions = new VersionRows();
    private final SubjectLocks locks = new SubjectLocks();

    SchemaRegistration(
            DSLContext dsl,
            SchemaResolver resolver,
            SchemaCache schemas,
            RegistrySettings settings,
            Supplier<List<RegistrationHook>> hooks) {
        this.dsl = dsl;
        this.resolver = resolver;
        this.schemas = schemas;
        this.settings = settings;
        this.hooks = hooks;
    }

    /**
     * @param id the id to keep (IMPORT mode only), or null
     * @param version the version to keep (IMPORT mode only), or null
     * @return the schema's global id
     */
    int register(String subject, SchemaInput input, Integer id, Integer version) {
        Integer importedId = id != null && id >= 0 ? id : null;
        Integer importedVersion = version != null && version > 0 ? version : null;
        ParsedSchema schema = resolver.parse(input);
        Optional<Integer> known = liveId(dsl, subject, schema, importedId);
        if (known.isPresent()) {
            return known.get();
        }
        return TransientRetry.run(() -> dsl.transactionResult(
                configuration -> registerLocked(configuration.dsl(), subject, schema, importedId, importedVersion)));
    }

    private int registerLocked(
            DSLContext tx, String subject, ParsedSchema schema, Integer importedId, Integer importedVersion) {
        locks.lock(tx, subject);
        lockReferenced(tx, subject, schema);
        Optional<Integer> known = liveId(tx, subject, schema, importedId);
        if (known.isPresent()) {
            return known.get();
        }
        boolean importing = importedId != null || importedVersion != null;
        RegistryMode mode = settings.effectiveMode(tx, subject);
        requireMode(subject, mode, importing);
        List<VersionRow> rows = versions.all(tx, subject);
        if (mode != RegistryMode.IMPORT) {
            List<String> reasons =
                    CompatibilityChecker.check(settings.effectiveLevel(tx, subject), schema.schema(), previous(rows));
            if (!reasons.isEmpty()) {
                throw RegistryErrors.incompatible(subject, reasons);
            }
        }
        int schemaId = importedId != null ? schemaIds.keep(tx, importedId, schema) : schemaIds.idFor(tx, schema);
        int version = importedVersion != null
                ? importedVersion
                : rows.stream().mapToInt(VersionRow::version).max().orElse(0) + 1;
        for (RegistrationHook hook : hooks.get()) {
            hook.beforeRegister(tx, subject, version, schema.schema());
        }
        // IMPORT overwrites a version it names; a soft-deleted earlier version of the same schema gives way to the
        // new one, as in Confluent's registry
        List<Integer> replaced = rows.stream()
                .filter(row -> row.version() == version
                        || (row.deleted() && row.schemaId() == schemaId && row.version() < version))
                .map(VersionRow::version)
                .toList();
        if (!replaced.isEmpty()) {
            versions.delete(tx, subject, replaced);
        }
        versions.insert(tx, subject, version, schemaId);
        return schemaId;
    }

    private static void requireMode(String subject, RegistryMode mode, boolean importing) {
        if (mode == RegistryMode.READONLY) {
            throw RegistryErrors.notPermitted("Subject " + subject + " is in read-only mode");
        }
        if (importing && mode != RegistryMode.IMPORT) {
            throw RegistryErrors.notPermitted("Subject " + subject + " is not in import mode");
        }
        if (!importing && mode != RegistryMode.READWRITE) {
            throw RegistryErrors.notPermitted("Subject " + subject + " is not in read-write mode");
        }
    }

    /** The id of a live version of the subject with this schema (and this id, when one is imported). */
    private Optional<Integer> liveId(DSLContext context, String subject, ParsedSchema schema, Integer importedId) {
        List<Integer> ids = schemaRows.idsWithFingerprint(context, schema.fingerprint());
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return versions.all(context, subject).stream()
                .filter(row -> !row.deleted() && ids.contains(row.schemaId()))
                .map(VersionRow::schemaId)
                .filter(found -> importedId == null || importedId.equals(found))
                .findFirst();
    }

    /** Locks the subjects the schema references, so none of their versions goes while this one is written. */
    private void lockReferenced(DSLContext tx, String subject, ParsedSchema schema) {
        TreeSet<String> referenced = new TreeSet<>();
        schema.references().forEach(reference -> referenced.add(reference.subject()));
        referenced.remove(subject);
        for (String other : referenced) {
            locks.lock(tx, other);
        }
        for (SchemaReference reference : schema.references()) {
            if (versions.find(tx, reference.subject(), reference.version()).isEmpty()) {
                throw RegistryErrors.invalidSchema("Invalid schema " + schema.canonical() + ", details: version "
                        + reference.version() + " of subject '" + reference.subject() + "' is gone");
            }
        }
    }

    private List<Previous> previous(List<VersionRow> rows) {
        return rows.stream()
                .filter(row -> !row.deleted())
                .map(row -> new Previous(
                        row.version(),
                        schemas.require(row.schemaId()).schema(),
                        resolver.parsed(row.schemaId()).schema()))
                .toList();
    }
}
