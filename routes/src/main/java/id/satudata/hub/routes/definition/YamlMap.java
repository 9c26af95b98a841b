package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.connectors.config.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One YAML map of a declaration, read key by key; every mistake goes to the file's {@link Problems}. */
final class YamlMap {

    private final JsonNode node;
    private final String path;
    private final Problems problems;

    private YamlMap(JsonNode node, String path, Problems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The map at {@code path}, after reporting its unknown keys; {@code null} after reporting that the node is not
     * a map.
     */
    static YamlMap of(JsonNode node, String path, Problems problems, String expected, Collection<String> allowed) {
        if (node == null || !node.isObject()) {
            problems.add(path, "must be " + expected + ", was " + describe(node));
            return null;
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                String known = "allowed: " + String.join(", ", allowed);
                problems.add(
                        Problems.below(path, key),
                        Suggestions.closest(key, allowed)
                                .map(match -> "unknown key; did you mean '" + match + "'? " + known)
                                .orElse("unknown key; " + known));
            }
        });
        return new YamlMap(node, path, problems);
    }

    String path() {
        return path;
    }

    Problems problems() {
        return problems;
    }

    /** The value under a key; {@code null} when the key is absent or its value empty. */
    JsonNode get(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    String pathOf(String key) {
        return Problems.below(path, key);
    }

    Iterator<Map.Entry<String, JsonNode>> entries() {
        return node.fields();
    }

    /** A text that must be declared and not blank; {@code null} after reporting. */
    String requiredText(String key, String expected) {
        String text = optionalText(key, expected);
        if (text == null && get(key) == null) {
            problems.add(pathOf(key), "is missing; expected " + expected);
        } else if (text != null && text.isBlank()) {
            problems.add(pathOf(key), "is blank; expected " + expected);
            return null;
        }
        return text;
    }

    /** A text that may be left out; {@code null} when absent, or after reporting a value that is not a scalar. */
    String optionalText(String key, String expected) {
        JsonNode value = get(key);
        if (value == null) {
            return null;
        }
        String text = scalar(value);
        if (text == null) {
            problems.add(pathOf(key), "must be " + expected + ", was " + describe(value));
        }
        return text;
    }

    /** A list of non-blank texts that must be declared; {@code null} after reporting. */
    List<String> requiredTextList(String key, String expected) {
        JsonNode value = get(key);
        if (value == null || !value.isArray()) {
            problems.add(
                    pathOf(key),
                    value == null
                            ? "is missing; expected " + expected
                            : "must be " + expected + ", was " + describe(value));
            return null;
        }
        List<String> texts = new ArrayList<>();
        boolean valid = true;
        for (int i = 0; i < value.size(); i++) {
            String text = scalar(value.get(i));
            if (text == null || text.isBlank()) {
                problems.add(pathOf(key) + "[" + i + "]", "must be a name, was " + describe(value.get(i)));
                valid = false;
            } else {
                texts.add(text);
            }
        }
        return valid ? texts : null;
    }

    /** A scalar as the text written, or {@code null} for a map, list or empty value. */
    static String scalar(JsonNode value) {
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }

    /** What a node is, for messages. */
    static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "empty";
        }
        if (value.isObject()) {
            return "a map";
        }
        if (value.isArray()) {
            return "a list";
        }
        return "'" + value.asText() + "'";
    }
}
