package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.TransformSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pipeline's {@code mapping} into a {@link MappingSpec}. Only the shape is checked here; what the names
 * and options mean is the conform engine's to check.
 */
final class MappingReader {

    static final List<String> FIELD_KEYS = List.of("source", "constant", "transforms", "parse");

    private static final String FIELD = "a source field name, or a map of " + String.join(", ", FIELD_KEYS);
    private static final String TRANSFORM =
            "a transform name such as trim, or a map of one transform to its value such as {scale: 1000} or"
                    + " {replace: {from: a, to: b}}";

    /**
     * A mapping as read.
     *
     * @param spec the well-formed fields
     * @param malformed target fields left out of {@code spec} because their declaration is malformed
     */
    record Read(MappingSpec spec, Set<String> malformed) {}

    private MappingReader() {}

    /** The mapping, with the pipeline's record-level checks (read by {@link CheckReader}). */
    static Read read(JsonNode mapping, List<CheckSpec> checks, Problems problems) {
        if (mapping == null || mapping.isNull()) {
            return new Read(new MappingSpec(Map.of(), checks), Set.of());
        }
        if (!mapping.isObject()) {
            problems.add("mapping", "must be a map of target field to " + FIELD + ", was " + YamlMap.describe(mapping));
            return new Read(new MappingSpec(Map.of(), checks), Set.of());
        }
        Map<String, FieldSpec> fields = new LinkedHashMap<>();
        Set<String> malformed = new HashSet<>();
        mapping.fields().forEachRemaining(entry -> {
            FieldSpec field = field(entry.getValue(), "mapping." + entry.getKey(), problems);
            if (field == null) {
                malformed.add(entry.getKey());
            } else {
                fields.put(entry.getKey(), field);
            }
        });
        return new Read(new MappingSpec(fields, checks), malformed);
    }

    private static FieldSpec field(JsonNode value, String path, Problems problems) {
        String source = YamlMap.scalar(value);
        if (source != null && !source.isBlank()) {
            return FieldSpec.fromSource(source);
        }
        if (value == null || !value.isObject()) {
            problems.add(path, "must be " + FIELD + ", was " + YamlMap.describe(value));
            return null;
        }
        int before = problems.size();
        YamlMap yaml = YamlMap.of(value, path, problems, FIELD, FIELD_KEYS);
        String from = yaml.optionalText("source", "a source field name");
        String constant = yaml.optionalText("constant", "a constant value");
        List<TransformSpec> transforms = transforms(yaml.get("transforms"), yaml.pathOf("transforms"), problems);
        Map<String, String> parse = texts(yaml.get("parse"), yaml.pathOf("parse"), "a map of parse options", problems);
        return problems.size() > before ? null : new FieldSpec(from, constant, transforms, parse);
    }

    private static List<TransformSpec> transforms(JsonNode value, String path, Problems problems) {
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(path, "must be a list, each item " + TRANSFORM + ", was " + YamlMap.describe(value));
            return List.of();
        }
        List<TransformSpec> transforms = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String itemPath = path + "[" + i + "]";
            JsonNode item = value.get(i);
            String name = YamlMap.scalar(item);
            if (name != null && !name.isBlank()) {
                transforms.add(new TransformSpec(name, Map.of()));
            } else if (item.isObject() && item.size() == 1) {
                var only = item.fields().next();
                String argsPath = itemPath + "." + only.getKey();
                String single = YamlMap.scalar(only.getValue());
                Map<String, String> args = single != null
                        ? Map.of("value", single)
                        : texts(only.getValue(), argsPath, "a value or a map of arguments", problems);
                if (only.getValue() == null || only.getValue().isNull()) {
                    problems.add(argsPath, "is empty; expected a value or a map of arguments");
                }
                transforms.add(new TransformSpec(only.getKey(), args));
            } else {
                problems.add(itemPath, "must be " + TRANSFORM + ", was " + YamlMap.describe(item));
            }
        }
        return transforms;
    }

    /** A map of scalars as texts; reports anything else. */
    private static Map<String, String> texts(JsonNode value, String path, String expected, Problems problems) {
        if (value == null || value.isNull()) {
            return Map.of();
        }
        if (!value.isObject()) {
            problems.add(path, "must be " + expected + ", was " + YamlMap.describe(value));
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        value.fields().forEachRemaining(entry -> {
            String text = YamlMap.scalar(entry.getValue());
            if (text == null) {
                problems.add(path + "." + entry.getKey(), "must be a text, was " + YamlMap.describe(entry.getValue()));
            } else {
                texts.put(entry.getKey(), text);
            }
        });
        return texts;
    }
}
