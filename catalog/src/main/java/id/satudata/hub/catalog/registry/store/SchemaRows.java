package id.satudata.hub.catalog.registry.store;

import id.satudata.hub.catalog.registry.SchemaReference;
import id.satudata.hub.catalog.registry.StoredSchema;
import id.satudata.hub.catalog.registry.store.RegistryTables.Locks;
import id.satudata.hub.catalog.registry.store.RegistryTables.References;
import id.satudata.hub.catalog.registry.store.RegistryTables.Schemas;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The schemas under their global ids. A new id is the highest plus one, taken while holding the {@code schema-ids}
 * lock row, so two subjects registering the same new schema at once find each other's row instead of making two ids.
 */
public final class SchemaRows {

    private static final String ID_LOCK = "schema-ids";

    public Optional<StoredSchema> find(DSLContext dsl, int id) {
        Record row = dsl.select(Schemas.SCHEMA_TEXT)
                .from(Schemas.TABLE)
                .where(Schemas.ID.eq(id))
                .fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredSchema(id, row.get(Schemas.SCHEMA_TEXT), references(dsl, id)));
    }

    /** The ids of the schemas with this text and these references, lowest first (IMPORT may have made more). */
    public List<Integer> idsWithFingerprint(DSLContext dsl, String fingerprint) {
        return dsl.select(Schemas.ID)
                .from(Schemas.TABLE)
                .where(Schemas.FINGERPRINT.eq(fingerprint))
                .orderBy(Schemas.ID)
                .fetch(Schemas.ID);
    }

    public Optional<String> fingerprint(DSLContext dsl, int id) {
        return dsl.select(Schemas.FINGERPRINT)
                .from(Schemas.TABLE)
                .where(Schemas.ID.eq(id))
                .fetchOptional(Schemas.FINGERPRINT);
    }

    /** Holds the id lock until the transaction ends; every writer of a schema row takes it first. */
    public void lockIds(DSLContext tx) {
        tx.select(Locks.NAME)
                .from(Locks.TABLE)
                .where(Locks.NAME.eq(ID_LOCK))
                .forUpdate()
                .fetch();
    }

    /** The next free id; call with the id lock held. */
    public int nextId(DSLContext tx) {
        Integer highest = tx.select(DSL.max(Schemas.ID)).from(Schemas.TABLE).fetchOne(0, Integer.class);
        return highest == null ? 1 : highest + 1;
    }

    public void insert(DSLContext tx, int id, String fingerprint, String text, List<SchemaReference> references) {
        tx.insertInto(Schemas.TABLE)
                .set(Schemas.ID, id)
                .set(Schemas.FINGERPRINT, fingerprint)
                .set(Schemas.SCHEMA_TEXT, text)
                .set(Schemas.CREATED_AT, OffsetDateTime.now(ZoneOffset.UTC))
                .execute();
        for (int position = 0; position < references.size(); position++) {
            SchemaReference reference = references.get(position);
            tx.insertInto(References.TABLE)
                    .set(References.SCHEMA_ID, id)
                    .set(References.POSITION, position)
                    .set(References.NAME, reference.name())
                    .set(References.SUBJECT, reference.subject())
                    .set(References.VERSION, reference.version())
                    .execute();
        }
    }

    private static List<SchemaReference> references(DSLContext dsl, int id) {
        return dsl.select(References.NAME, References.SUBJECT, References.VERSION)
                .from(References.TABLE)
                .where(References.SCHEMA_ID.eq(id))
                .orderBy(References.POSITION)
                .fetch(row -> new SchemaReference(
                        row.get(References.NAME), row.get(References.SUBJECT), row.get(References.VERSION)));
    }
}
