package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.InputStreamSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The real CKAN responses of {@code ../shared/data/ckan/} (data.gov.uk through alphagov's functional tests, a
 * DataStore search from FIWARE's documentation) and the JSON Schemas GDS wrote for them. The schemas refer to each
 * other by {@code $id} under {@code http://github.com/alphagov/ckan-functional-tests/api/}; those ids are answered
 * from the files, never fetched.
 */
final class RealCkan {

    private static final String SCHEMA_BASE = "http://github.com/alphagov/ckan-functional-tests/api/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V7, builder -> builder.schemaLoaders(loaders -> loaders.add(RealCkan::schemaFile)));

    private RealCkan() {}

    static Path dir() {
        String configured = System.getProperty("shared.data.dir");
        Path shared = configured != null ? Path.of(configured) : Path.of("../../shared/data");
        return shared.resolve("ckan");
    }

    /** A real response, e.g. {@code ckan_alphagov/example_responses/package_show.json}. */
    static JsonNode response(String relativePath) {
        try {
            return JSON.readTree(dir().resolve(relativePath).toFile());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /**
     * What the named schema (e.g. {@code package_show}) finds wrong in a response. Formats are not asserted, as
     * GDS's Python {@code jsonschema} run does not assert them: CKAN's own timestamps carry no offset and would
     * fail {@code date-time}.
     */
    static List<String> violations(String schemaName, JsonNode response) {
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().formatAssertionsEnabled(false).build();
        JsonSchema schema = SCHEMAS.getSchema(SchemaLocation.of(SCHEMA_BASE + schemaName + ".schema.json"), config);
        return schema.validate(response).stream()
                .map(ValidationMessage::toString)
                .toList();
    }

    /** The field names of an object. */
    static Set<String> keys(JsonNode object) {
        Set<String> keys = new TreeSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The field names every object of {@code objects} has. */
    static Set<String> commonKeys(Iterable<JsonNode> objects) {
        Iterator<JsonNode> each = objects.iterator();
        Set<String> common = new HashSet<>(keys(each.next()));
        each.forEachRemaining(object -> common.retainAll(keys(object)));
        return new TreeSet<>(common);
    }

    /** {@code .../api/common} and {@code .../api/common.schema.json} both name {@code schemas/common.schema.json}. */
    private static InputStreamSource schemaFile(AbsoluteIri iri) {
        String text = iri.toString();
        if (!text.startsWith(SCHEMA_BASE)) {
            return null;
        }
        String name = text.substring(SCHEMA_BASE.length()).replace(".schema.json", "");
        Path file = dir().resolve("ckan_alphagov/schemas/" + name + ".schema.json");
        return () -> Files.newInputStream(file);
    }
}
