package id.satudata.hub.catalog.dcat;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue as a JSON-LD processor reads it (flattened by Titanium): nodes by IRI and properties by full IRI,
 * so a test checks what the document means, whatever prefixes and nesting it was written with.
 */
final class CatalogGraph {

    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String DCT = "http://purl.org/dc/terms/";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DATE_TIME = "http://www.w3.org/2001/XMLSchema#dateTime";

    private final Map<String, JsonObject> nodes = new LinkedHashMap<>();

    CatalogGraph(String jsonLd) throws JsonLdError {
        JsonArray flat = com.apicatalog.jsonld.JsonLd.flatten(JsonDocument.of(new StringReader(jsonLd)))
                .get()
                .asJsonArray();
        flat.forEach(node -> nodes.put(node.asJsonObject().getString("@id"), node.asJsonObject()));
    }

    List<JsonObject> ofType(String typeIri) {
        return nodes.values().stream()
                .filter(node -> types(node).contains(typeIri))
                .toList();
    }

    JsonObject node(String iri) {
        JsonObject node = nodes.get(iri);
        if (node == null) {
            throw new AssertionError("no node " + iri + " in the catalogue");
        }
        return node;
    }

    static List<String> types(JsonObject node) {
        return node.containsKey("@type")
                ? node.getJsonArray("@type").getValuesAs(jakarta.json.JsonString::getString)
                : List.of();
    }

    /** The plain or typed literals of a property, as text. */
    static List<String> literals(JsonObject node, String property) {
        return objects(node, property).stream()
                .map(value -> value.getString("@value"))
                .toList();
    }

    /** The datatype IRI of a property's first literal. */
    static String datatype(JsonObject node, String property) {
        return objects(node, property).get(0).getString("@type", null);
    }

    /** The IRIs a property links to. */
    static List<String> links(JsonObject node, String property) {
        return objects(node, property).stream()
                .map(value -> value.getString("@id"))
                .toList();
    }

    private static List<JsonObject> objects(JsonObject node, String property) {
        JsonArray values = node.getJsonArray(property);
        List<JsonObject> objects = new ArrayList<>();
        if (values != null) {
            values.forEach(value -> objects.add(((JsonValue) value).asJsonObject()));
        }
        return objects;
    }
}
