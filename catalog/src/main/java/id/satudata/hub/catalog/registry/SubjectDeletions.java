package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.SubjectLocks;
import id.satudata.hub.catalog.registry.store.VersionRow;
import id.satudata.hub.catalog.registry.store.VersionRows;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Deletes subjects and versions as Confluent's registry does: first soft (the version is hidden, its schema id stays
 * resolvable), then, only after that, permanently. A version a live schema references cannot go (42206). The
 * schema row itself is kept, so consumers can still decode records written with its id.
 */
final class SubjectDeletions {

    private final DSLContext dsl;
    private final RegistrySettings settings;
    private final VersionRows versions = new VersionRows();
    private final SubjectLocks locks = new SubjectLocks();

    SubjectDeletions(DSLContext dsl, RegistrySettings settings) {
        this.dsl = dsl;
        this.settings = settings;
    }

    /** @return the versions deleted, ascending */
    List<Integer> deleteSubject(String subject, boolean permanent) {
        return TransientRetry.run(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            locks.lock(tx, subject);
            List<VersionRow> rows = versions.all(tx, subject);
            if (rows.isEmpty()) {
                throw RegistryErrors.subjectNotFound(subject);
            }
            boolean anyLive = rows.stream().anyMatch(row -> !row.deleted());
            if (!permanent && !anyLive) {
                throw RegistryErrors.subjectSoftDeleted(subject);
            }
            settings.requireWritable(tx, subject);
            List<VersionRow> targets =
                    rows.stream().filter(row -> permanent || !row.deleted()).toList();
            for (VersionRow row : targets) {
                requireUnreferenced(tx, row);
                if (permanent && !row.deleted()) {
                    throw RegistryErrors.subjectNotSoftDeleted(subject);
                }
            }
            List<Integer> numbers = targets.stream().map(VersionRow::version).toList();
            if (permanent) {
                versions.delete(tx, subject, numbers);
            } else {
                versions.markDeleted(tx, subject, numbers);
                settings.forget(tx, subject);
            }
            return numbers;
        }));
    }

    /** @return the version deleted */
    int deleteVersion(String subject, VersionId versionId, boolean permanent) {
        return TransientRetry.run(() -> dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            locks.lock(tx, subject);
            List<VersionRow> rows = versions.all(tx, subject);
            VersionRow row = rows.stream()
                    .filter(candidate ->
                            versionId.latest() ? !candidate.deleted() : candidate.version() == versionId.value())
                    .reduce((first, second) -> second)
                    .orElseThrow(() -> rows.isEmpty()
                            ? RegistryErrors.subjectNotFound(subject)
                            : RegistryErrors.versionNotFound(versionId.value()));
            if (!permanent && row.deleted()) {
                throw RegistryErrors.versionSoftDeleted(subject, row.version());
            }
            settings.requireWritable(tx, subject);
            requireUnreferenced(tx, row);
            if (permanent && !row.deleted()) {
                throw RegistryErrors.versionNotSoftDeleted(subject, row.version());
            }
            if (permanent) {
                versions.delete(tx, subject, List.of(row.version()));
            } else {
                versions.markDeleted(tx, subject, List.of(row.version()));
                if (rows.stream().noneMatch(other -> !other.deleted() && other.version() != row.version())) {
                    settings.forget(tx, subject);
                }
            }
            return row.version();
        }));
    }

    private void requireUnreferenced(DSLContext tx, VersionRow row) {
        if (!versions.referencingSchemaIds(tx, row.subject(), row.version()).isEmpty()) {
            throw RegistryErrors.referenceExists(row.subject(), row.version());
        }
    }
}
