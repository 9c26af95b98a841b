package id.satudata.hub.catalog.registry;

import id.satudata.hub.catalog.registry.store.VersionFilter;
import id.satudata.hub.catalog.registry.store.VersionRow;
import id.satudata.hub.catalog.registry.store.VersionRows;
import id.satudata.hub.schemas.registry.RegistryException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * Parses schemas with their references resolved from the registry's own versions, depth first, so that a
 * referenced schema that references others finds them in the parser. Stored schemas are parsed once per id.
 */
final class SchemaResolver {

    private final DSLContext dsl;
    private final SchemaCache schemas;
    private final VersionRows versions = new VersionRows();
    private final Map<Integer, ParsedSchema> parsed = new ConcurrentHashMap<>();

    SchemaResolver(DSLContext dsl, SchemaCache schemas) {
        this.dsl = dsl;
        this.schemas = schemas;
    }

    /** A client's schema; a reference to version {@code -1} means the subject's latest live version. */
    ParsedSchema parse(SchemaInput input) {
        AvroParsing.requireAvro(input.schemaType());
        List<SchemaReference> references = new ArrayList<>();
        for (SchemaReference reference : input.references()) {
            references.add(reference.version() == -1 ? latest(input, reference) : reference);
        }
        return AvroParsing.parse(input.schema(), references, dependencies(input.schema(), references));
    }

    /** A stored schema, parsed once. */
    ParsedSchema parsed(int id) {
        ParsedSchema known = parsed.get(id);
        if (known != null) {
            return known;
        }
        StoredSchema stored = schemas.require(id);
        try {
            ParsedSchema schema = AvroParsing.parse(
                    stored.schema(), stored.references(), dependencies(stored.schema(), stored.references()));
            parsed.put(id, schema);
            return schema;
        } catch (RegistryException unreadable) {
            throw RegistryErrors.storeError(
                    "Stored schema " + id + " cannot be parsed: " + unreadable.getMessage(), unreadable);
        }
    }

    private List<String> dependencies(String text, List<SchemaReference> references) {
        List<String> texts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (SchemaReference reference : references) {
            visit(text, references, reference, texts, seen);
        }
        return texts;
    }

    private void visit(
            String text, List<SchemaReference> all, SchemaReference reference, List<String> texts, Set<Integer> seen) {
        VersionRow row = versions.find(dsl, reference.subject(), reference.version())
                .orElseThrow(() -> missing(text, all, reference));
        StoredSchema stored = schemas.require(row.schemaId());
        if (!seen.add(stored.id())) {
            return;
        }
        for (SchemaReference nested : stored.references()) {
            visit(text, all, nested, texts, seen);
        }
        texts.add(stored.schema());
    }

    private SchemaReference latest(SchemaInput input, SchemaReference reference) {
        List<VersionRow> live = versions.all(dsl, reference.subject()).stream()
                .filter(row -> VersionFilter.LIVE.accepts(row.deleted()))
                .toList();
        if (live.isEmpty()) {
            throw missing(input.schema(), input.references(), reference);
        }
        return new SchemaReference(
                reference.name(), reference.subject(), live.get(live.size() - 1).version());
    }

    private static RegistryException missing(String text, List<SchemaReference> all, SchemaReference reference) {
        return RegistryErrors.invalidSchema("Invalid schema " + text + " with refs " + all
                + " of type AVRO, details: no version " + reference.version() + " of subject '" + reference.subject()
                + "' for reference '" + reference.name() + "'");
    }
}
