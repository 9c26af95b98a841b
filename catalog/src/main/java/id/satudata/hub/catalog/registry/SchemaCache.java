package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.SchemaRows;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Schemas by global id, read from the store once: a schema row never changes and is never removed, so what was read
 * stays true. A registration reads through here only the schemas of versions committed before it, never the row it
 * writes, so an id whose registration rolls back (and may be given again) is never cached.
 */
final class SchemaCache {

    private final DSLContext dsl;
    private final SchemaRows rows = new SchemaRows();
    private final Map<Integer, StoredSchema> schemas = new ConcurrentHashMap<>();

    SchemaCache(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<StoredSchema> find(int id) {
        StoredSchema cached = schemas.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<StoredSchema> stored = rows.find(dsl, id);
        stored.ifPresent(schema -> schemas.put(id, schema));
        return stored;
    }

    StoredSchema require(int id) {
        return find(id).orElseThrow(() -> RegistryErrors.schemaNotFound(id));
    }
}
