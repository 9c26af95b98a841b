package id.satudata.hub.catalog.registry.store;

import id.satudata.hub.catalog.registry.store.RegistryTables.References;
import id.satudata.hub.catalog.registry.store.RegistryTables.Versions;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The versions of subjects, live and soft-deleted. */
public final class VersionRows {

    /** Every version of the subject, soft-deleted ones too, ascending. */
    public List<VersionRow> all(DSLContext dsl, String subject) {
        return dsl.select(Versions.SUBJECT, Versions.VERSION, Versions.SCHEMA_ID, Versions.DELETED)
                .from(Versions.TABLE)
                .where(Versions.SUBJECT.eq(subject))
                .orderBy(Versions.VERSION)
                .fetch(VersionRows::row);
    }

    /** One version of the subject, soft-deleted or not. */
    public Optional<VersionRow> find(DSLContext dsl, String subject, int version) {
        return dsl.select(Versions.SUBJECT, Versions.VERSION, Versions.SCHEMA_ID, Versions.DELETED)
                .from(Versions.TABLE)
                .where(Versions.SUBJECT.eq(subject))
                .and(Versions.VERSION.eq(version))
                .fetchOptional(VersionRows::row);
    }

    /** The versions that use the schema, by subject and version. */
    public List<VersionRow> ofSchema(DSLContext dsl, int schemaId) {
        return dsl.select(Versions.SUBJECT, Versions.VERSION, Versions.SCHEMA_ID, Versions.DELETED)
                .from(Versions.TABLE)
                .where(Versions.SCHEMA_ID.eq(schemaId))
                .orderBy(Versions.SUBJECT, Versions.VERSION)
                .fetch(VersionRows::row);
    }

    /** The subjects that have a version the filter accepts, starting with the prefix, in name order. */
    public List<String> subjects(DSLContext dsl, String prefix, VersionFilter filter) {
        Condition condition =
                switch (filter) {
                    case LIVE -> Versions.DELETED.isFalse();
                    case INCLUDE_DELETED -> DSL.noCondition();
                    case DELETED_ONLY -> Versions.DELETED.isTrue();
                };
        if (prefix != null && !prefix.isEmpty()) {
            condition = condition.and(Versions.SUBJECT.startsWith(prefix));
        }
        return dsl.selectDistinct(Versions.SUBJECT)
                .from(Versions.TABLE)
                .where(condition)
                .orderBy(Versions.SUBJECT)
                .fetch(Versions.SUBJECT);
    }

    /** Whether any subject has a live version: IMPORT may then only be entered with {@code force}. */
    public boolean anyLive(DSLContext dsl) {
        return dsl.fetchExists(Versions.TABLE, Versions.DELETED.isFalse());
    }

    /** The ids of schemas that reference the version and that a live version uses, ascending. */
    public List<Integer> referencingSchemaIds(DSLContext dsl, String subject, int version) {
        Field<Integer> referencing = DSL.field(DSL.name("r", References.SCHEMA_ID.getName()), Integer.class);
        Field<Integer> used = DSL.field(DSL.name("v", Versions.SCHEMA_ID.getName()), Integer.class);
        Field<Boolean> deleted = DSL.field(DSL.name("v", Versions.DELETED.getName()), Boolean.class);
        return dsl.selectDistinct(referencing)
                .from(References.TABLE.as("r"))
                .join(Versions.TABLE.as("v"))
                .on(used.eq(referencing))
                .where(DSL.field(DSL.name("r", References.SUBJECT.getName()), String.class)
                        .eq(subject))
                .and(DSL.field(DSL.name("r", References.VERSION.getName()), Integer.class)
                        .eq(version))
                .and(deleted.isFalse())
                .orderBy(referencing)
                .fetch(referencing);
    }

    public void insert(DSLContext tx, String subject, int version, int schemaId) {
        tx.insertInto(Versions.TABLE)
                .set(Versions.SUBJECT, subject)
                .set(Versions.VERSION, version)
                .set(Versions.SCHEMA_ID, schemaId)
                .set(Versions.DELETED, false)
                .set(Versions.REGISTERED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
    }

    public void markDeleted(DSLContext tx, String subject, Collection<Integer> versions) {
        tx.update(Versions.TABLE)
                .set(Versions.DELETED, true)
                .where(Versions.SUBJECT.eq(subject))
                .and(Versions.VERSION.in(versions))
                .execute();
    }

    public void delete(DSLContext tx, String subject, Collection<Integer> versions) {
        tx.deleteFrom(Versions.TABLE)
                .where(Versions.SUBJECT.eq(subject))
                .and(Versions.VERSION.in(versions))
                .execute();
    }

    /** Forgets the soft-deleted versions of one subject, or of all when {@code subject} is null (entering IMPORT). */
    public void deleteSoftDeleted(DSLContext tx, String subject) {
        Condition which = subject == null ? DSL.noCondition() : Versions.SUBJECT.eq(subject);
        tx.deleteFrom(Versions.TABLE)
                .where(which)
                .and(Versions.DELETED.isTrue())
                .execute();
    }

    private static VersionRow row(Record row) {
        return new VersionRow(
                row.get(Versions.SUBJECT),
                row.get(Versions.VERSION),
                row.get(Versions.SCHEMA_ID),
                row.get(Versions.DELETED));
    }
}
