package id.satudata.hub.connectors.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import id.satudata.hub.connectors.ingest.SourceRecord;
import id.satudata.hub.schemas.conform.Violation;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a page's JSON body and finds its records by a JSONPath. A body that is not JSON, or has nothing at the
 * records path, fails with the page's URL and the reason: the page is not what the pipeline declares, and guessing
 * would store the wrong thing. An element that is not an object is quarantined as unreadable, not dropped.
 */
final class PageReader {

    static final Configuration JSON_PATH = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.SUPPRESS_EXCEPTIONS)
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String declaredPath;
    private final JsonPath recordsPath;
    private final boolean flatten;

    PageReader(String recordsPath, boolean flatten) {
        this.declaredPath = recordsPath;
        this.recordsPath = JsonPath.compile(recordsPath);
        this.flatten = flatten;
    }

    /** The text at a JSONPath of a body, if there is a non-empty scalar there. */
    static Optional<String> text(JsonNode body, JsonPath path) {
        JsonNode value = path.read(body, JSON_PATH);
        return value == null
                        || value.isNull()
                        || value.isContainerNode()
                        || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    /** @param before records read by the run before this page, so that each record keeps its 1-based index */
    Page read(URI uri, String description, HttpResponse<String> response, long before) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw RestSourceException.permanent("page " + description + " is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null
                            ? ""
                            : " at line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr()));
        }
        if (body == null || body.isMissingNode()) {
            throw RestSourceException.permanent("page " + description + " is not valid JSON: the body is empty");
        }
        JsonNode found = recordsPath.read(body, JSON_PATH);
        if (found == null || found.isNull() || !found.isArray()) {
            throw RestSourceException.permanent("page " + description + " has no list of records at " + declaredPath
                    + (found == null || found.isNull() ? "" : ", but " + kind(found)));
        }
        List<SourceRecord> records = new ArrayList<>(found.size());
        for (JsonNode element : found) {
            long index = before + records.size() + 1;
            records.add(
                    element.isObject()
                            ? SourceRecord.of(index, JsonRecord.of(element, flatten))
                            : new SourceRecord(
                                    index,
                                    JsonRecord.of(JSON.createObjectNode().set("value", element), false),
                                    new Violation("*", element.toString(), "record", "is not a JSON object")));
        }
        return new Page(uri, description, response.headers(), body, records);
    }

    private static String kind(JsonNode node) {
        return node.isObject() ? "an object" : "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
