package id.satudata.hub.catalog.ckan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.util.MultiValueMap;

/**
 * The data of one action call, as CKAN builds it: the query parameters of a GET (a repeated parameter becomes a
 * list) or the JSON object of a POST. Reading a parameter applies CKAN's validator for it and fails as CKAN does,
 * with a validation error naming the parameter.
 */
public final class ActionParameters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> values;

    private ActionParameters(Map<String, JsonNode> values) {
        this.values = values;
    }

    static ActionParameters ofQuery(MultiValueMap<String, String> query) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        query.forEach((name, texts) -> {
            if (texts.size() == 1) {
                values.put(name, TextNode.valueOf(texts.get(0)));
            } else {
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                texts.forEach(list::add);
                values.put(name, list);
            }
        });
        return new ActionParameters(values);
    }

    /** A call without data, such as a POST with an empty body. */
    static ActionParameters none() {
        return new ActionParameters(Map.of());
    }

    static ActionParameters ofBody(ObjectNode body) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        body.fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
        return new ActionParameters(values);
    }

    /** Every parameter as given, in order. */
    public Map<String, JsonNode> all() {
        return values;
    }

    /** The parameter as text; absent when missing, null or empty, which CKAN's validators treat alike. */
    public Optional<String> text(String name) {
        JsonNode value = values.get(name);
        if (value == null
                || value.isNull()
                || value.isContainerNode()
                || value.asText().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    public String required(String name) {
        return text(name).orElseThrow(() -> CkanException.invalid(name, "Missing value"));
    }

    /** CKAN's {@code natural_number_validator}: an integer of at least 0. */
    public int naturalNumber(String name, int fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(text.get().trim());
        } catch (NumberFormatException notInteger) {
            throw CkanException.invalid(name, "Invalid integer");
        }
        if (number < 0) {
            throw CkanException.invalid(name, "Must be a natural number");
        }
        return number;
    }

    /** CKAN's {@code asbool}: true, yes, t, y, 1 and on are true. */
    public boolean bool(String name, boolean fallback) {
        return text(name)
                .map(text -> List.of("true", "yes", "t", "y", "1", "on")
                        .contains(text.trim().toLowerCase(Locale.ROOT)))
                .orElse(fallback);
    }

    /** A list given as a JSON list, or as one comma-separated string (CKAN's {@code list_of_strings_or_string}). */
    public List<String> list(String name) {
        JsonNode value = values.get(name);
        List<String> items = new ArrayList<>();
        if (value != null && value.isArray()) {
            value.forEach(item -> items.addAll(split(item.asText())));
        } else {
            text(name).ifPresent(text -> items.addAll(split(text)));
        }
        return items;
    }

    /** A JSON value given as JSON (POST) or as JSON text (GET); absent when missing. */
    public Optional<JsonNode> json(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            return Optional.of(value);
        }
        try {
            return Optional.of(JSON.readTree(value.asText()));
        } catch (JsonProcessingException notJson) {
            throw CkanException.invalid(name, "Cannot parse JSON");
        }
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
