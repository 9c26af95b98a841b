package id.satudata.hub.routes.definition;

import com.fasterxml.jackson.databind.JsonNode;
import id.satudata.hub.connectors.config.InvalidSettingsException;
import id.satudata.hub.connectors.config.ParsedSettings;
import id.satudata.hub.connectors.config.Suggestions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads a pipeline's {@code source}: its {@code kind}, and the settings that kind declares. */
final class SourceReader {

    /**
     * A source as read; {@code typed} is {@code null} when there are problems.
     *
     * @param settings every declared key but {@code kind}, with scalars as written; empty ones left out
     */
    record Source(String kind, Map<String, Object> settings, Object typed) {}

    private final SourceKinds kinds;

    SourceReader(SourceKinds kinds) {
        this.kinds = kinds;
    }

    Source read(JsonNode source, Problems problems) {
        String known = String.join(", ", kinds.names());
        if (source == null || !source.isObject()) {
            problems.add(
                    "source",
                    (source == null ? "is missing; expected" : "must be")
                            + " a map of kind (one of " + known + ") and its settings"
                            + (source == null ? "" : ", was " + YamlMap.describe(source)));
            return null;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) YamlTree.plain(source));
        settings.values().removeIf(Objects::isNull); // an empty setting is not declared
        Object kindValue = settings.remove("kind");
        String kind = kindValue == null || kindValue instanceof Map || kindValue instanceof List
                ? null
                : String.valueOf(kindValue);
        if (kind == null || kind.isBlank()) {
            problems.add(
                    "source.kind", (kindValue == null ? "is missing" : "is not a name") + "; expected one of " + known);
            return null;
        }
        var sourceKind = kinds.find(kind);
        if (sourceKind.isEmpty()) {
            problems.add(
                    "source.kind",
                    "unknown source kind '" + kind + "'; "
                            + Suggestions.closest(kind, kinds.names())
                                    .map(match -> "did you mean '" + match + "'? ")
                                    .orElse("")
                            + "known kinds: " + known);
            return null;
        }
        ParsedSettings parsed = sourceKind.get().spec().parse(settings);
        parsed.problems().forEach(p -> problems.add("source." + p.key(), p.message()));
        Object typed = null;
        if (parsed.isValid()) {
            try {
                typed = sourceKind.get().factory().apply(parsed);
            } catch (InvalidSettingsException e) { // settings that do not fit each other, each named
                e.problems().forEach(p -> problems.add("source." + p.key(), p.message()));
            } catch (IllegalArgumentException e) {
                problems.add("source", e.getMessage());
            }
        }
        return new Source(kind, Collections.unmodifiableMap(settings), typed);
    }
}
