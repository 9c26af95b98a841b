package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.SchemaRows;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Gives a schema its global id inside a registration: the id it already has, or a new one, taken while holding the
 * id lock so that two subjects registering the same new schema at once end with one id. IMPORT keeps an id from
 * another registry unless the id already names another schema here.
 */
final class SchemaIds {

    private final SchemaRows rows = new SchemaRows();

    int idFor(DSLContext tx, ParsedSchema schema) {
        List<Integer> known = rows.idsWithFingerprint(tx, schema.fingerprint());
        if (!known.isEmpty()) {
            return known.get(0);
        }
        rows.lockIds(tx);
        known = rows.idsWithFingerprint(tx, schema.fingerprint());
        if (!known.isEmpty()) {
            return known.get(0);
        }
        int id = rows.nextId(tx);
        rows.insert(tx, id, schema.fingerprint(), schema.canonical(), schema.references());
        return id;
    }

    int keep(DSLContext tx, int id, ParsedSchema schema) {
        rows.lockIds(tx);
        Optional<String> existing = rows.fingerprint(tx, id);
        if (existing.isEmpty()) {
            rows.insert(tx, id, schema.fingerprint(), schema.canonical(), schema.references());
        } else if (!existing.get().equals(schema.fingerprint())) {
            throw RegistryErrors.notPermitted("Overwrite new schema with id " + id + " is not permitted.");
        }
        return id;
    }
}
