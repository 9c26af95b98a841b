package id.satudata.hub.catalog.dcat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON-LD the catalogue is written in: compact IRIs with the prefixes of {@link #CONTEXT}, links as
 * {@code {"@id": ...}} and timestamps as typed {@code xsd:dateTime} literals, so that the document means the same
 * to a JSON-LD processor as to a harvester that reads it as plain JSON.
 */
final class JsonLd {

    static final Map<String, Object> CONTEXT = Map.of(
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/",
            "xsd", "http://www.w3.org/2001/XMLSchema#");

    private JsonLd() {}

    /** A node with its IRI and class, to which properties are added in order. */
    static Map<String, Object> node(String iri, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", iri);
        node.put("@type", type);
        return node;
    }

    static Map<String, Object> link(String iri) {
        return Map.of("@id", iri);
    }

    static Map<String, Object> dateTime(Instant time) {
        return Map.of("@value", time.toString(), "@type", "xsd:dateTime");
    }

    /** Puts the timestamp, leaving the property out when the time is unknown. */
    static void putDateTime(Map<String, Object> node, String property, Instant time) {
        if (time != null) {
            node.put(property, dateTime(time));
        }
    }
}
