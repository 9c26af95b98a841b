package id.satudata.hub.connectors.file.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one JSON object from a streaming parser into flat fields. Nested objects are flattened to dotted names
 * ({@code {"wilayah":{"kode":"32.01"}}} gives {@code wilayah.kode}) because a dataset's schema is flat and a mapping
 * names source fields; arrays stay whole as their JSON text, because their items have no names to flatten to.
 * Numbers stay exact: whole numbers as {@code Integer}, {@code Long} or {@code BigInteger}, others as
 * {@code BigDecimal}, never a {@code double} that would turn {@code 0.1} into {@code 0.1000000000000000055}.
 */
final class JsonObjects {

    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonObjects() {}

    /** The object the parser is at ({@code START_OBJECT}), read up to and including its {@code END_OBJECT}. */
    static Map<String, Object> read(JsonParser parser) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        readInto(parser, "", fields);
        return fields;
    }

    private static void readInto(JsonParser parser, String prefix, Map<String, Object> fields) throws IOException {
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = prefix + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                readInto(parser, name + ".", fields);
            } else {
                fields.put(name, scalarOrText(parser, value));
            }
        }
    }

    private static Object scalarOrText(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case START_ARRAY -> asText(parser);
            default -> null;
        };
    }

    /** The structure the parser is at, as compact JSON text. */
    static String asText(JsonParser parser) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.copyCurrentStructure(parser);
        }
        return text.toString();
    }
}
