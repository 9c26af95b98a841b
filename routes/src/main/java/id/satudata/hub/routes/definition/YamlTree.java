package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a YAML file into a tree without changing what was written: YAML 1.1 would read {@code 0032} as the octal
 * number 26, {@code 1.50} as 1.5 and {@code yes} as true, so a scalar stays a number or boolean only when its text
 * reads back the same, and is the text as written otherwise. Duplicate keys are refused.
 */
final class YamlTree {

    /** The builder does not apply the parser's default features: an empty plain scalar must read as empty. */
    private static final YAMLFactory YAML = YAMLFactory.builder()
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private YamlTree() {}

    /** The file's single document, or {@code null} after reporting why it cannot be read. */
    static JsonNode read(Path file, Problems problems) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, problems);
        } catch (IOException e) {
            problems.add("", "the file cannot be read: " + e);
        }
        return null;
    }

    /** A declaration sent as text (through the admin API), read as a file with this text would be. */
    static JsonNode read(String text, Problems problems) {
        try (Reader reader = new StringReader(text)) {
            return read(reader, problems);
        } catch (IOException e) {
            throw new UncheckedIOException("a string reader does not fail", e);
        }
    }

    private static JsonNode read(Reader reader, Problems problems) throws IOException {
        try (JsonParser parser = YAML.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("", "the file is empty");
                return null;
            }
            JsonNode root = value(parser);
            if (parser.nextToken() != null) {
                problems.add("", "the file holds more than one YAML document; declare one definition per file");
            }
            return root;
        } catch (JsonProcessingException e) {
            problems.add("", "unreadable YAML" + at(e.getLocation()) + ": " + whatIsWrong(e.getOriginalMessage()));
        }
        return null;
    }

    private static JsonNode value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    parser.nextToken();
                    object.set(key, value(parser));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return same(NODES.booleanNode(token == JsonToken.VALUE_TRUE), parser.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return same(number(parser), parser.getText());
            }
            default -> {
                return NODES.textNode(parser.getText());
            }
        }
    }

    private static JsonNode number(JsonParser parser) {
        try {
            if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                return NODES.numberNode(parser.getDecimalValue());
            }
            return switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
        } catch (IOException | RuntimeException e) {
            return NODES.nullNode(); // never the same as the written text, which is kept instead
        }
    }

    /** A tree as plain values: maps, lists, {@code String}, {@code Boolean}, {@code Integer}, {@code Long}, ... */
    static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber() ? node.numberValue() : node.asText();
    }

    private static JsonNode same(JsonNode typed, String written) {
        return typed.asText().equals(written) ? typed : NODES.textNode(written);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /**
     * SnakeYAML's messages repeat each location with a drawing of the line, indented; the lines that are not say
     * what is wrong, e.g. {@code while parsing a flow sequence; expected ',' or ']', but got <stream end>}.
     */
    private static String whatIsWrong(String message) {
        if (message == null) {
            return "";
        }
        return message.lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .map(String::strip)
                .collect(Collectors.joining("; "));
    }
}
