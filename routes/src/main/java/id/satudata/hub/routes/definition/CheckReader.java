package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.schemas.conform.CheckSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pipeline's {@code checks}: a list, each item one check name mapped to its arguments, e.g.
 * {@code - wilayah-code: { field: kode_kabupaten_kota, level: kabupaten }}. Only the shape is checked here; the
 * names and arguments are the conform engine's to check.
 */
final class CheckReader {

    private static final String ITEM = "a map of one check name to its arguments, e.g. {wilayah-code: {field: kode}}";

    private CheckReader() {}

    static List<CheckSpec> read(JsonNode checks, Problems problems) {
        if (checks == null) {
            return List.of();
        }
        if (!checks.isArray()) {
            problems.add("checks", "must be a list, each item " + ITEM + ", was " + YamlMap.describe(checks));
            return List.of();
        }
        List<CheckSpec> specs = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            String path = "checks[" + i + "]";
            JsonNode item = checks.get(i);
            if (item == null || !item.isObject() || item.size() != 1) {
                problems.add(path, "must be " + ITEM + ", was " + YamlMap.describe(item));
                continue;
            }
            var only = item.fields().next();
            Map<String, String> args = args(only.getValue(), path + "." + only.getKey(), problems);
            if (args != null) {
                specs.add(new CheckSpec(only.getKey(), args));
            }
        }
        return specs;
    }

    private static Map<String, String> args(JsonNode value, String path, Problems problems) {
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            problems.add(path, "must be a map of arguments, was " + YamlMap.describe(value));
            return null;
        }
        Map<String, String> args = new LinkedHashMap<>();
        boolean valid = true;
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            String text = YamlMap.scalar(entry.getValue());
            if (text == null) {
                problems.add(path + "." + entry.getKey(), "must be a text, was " + YamlMap.describe(entry.getValue()));
                valid = false;
            } else {
                args.put(entry.getKey(), text);
            }
        }
        return valid ? args : null;
    }
}
