package id.satudata.hub.connectors.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings one component accepts, like Kafka's {@code ConfigDef}: {@link #parse} reads declared values into
 * typed ones and reports every problem at once. Immutable and thread-safe.
 */
public final class SettingsSpec {

    private final Map<String, Setting<?>> settings;

    private SettingsSpec(Map<String, Setting<?>> settings) {
        this.settings = settings;
    }

    public static SettingsSpec of(Setting<?>... settings) {
        Map<String, Setting<?>> byName = new LinkedHashMap<>();
        for (Setting<?> setting : settings) {
            if (byName.put(setting.name(), setting) != null) {
                throw new IllegalArgumentException("setting '" + setting.name() + "' is declared twice");
            }
        }
        return new SettingsSpec(byName);
    }

    /** The settings in declaration order. */
    public List<Setting<?>> settings() {
        return List.copyOf(settings.values());
    }

    /**
     * Reads declared values: unknown keys (with a "did you mean" for close names), missing required settings,
     * values of the wrong type and values the validator refuses are all reported; a {@code null} value counts as
     * not declared.
     */
    public ParsedSettings parse(Map<String, ?> raw) {
        Map<String, ?> declared = raw == null ? Map.of() : raw;
        List<SettingProblem> problems = new ArrayList<>();
        for (String key : declared.keySet()) {
            if (!settings.containsKey(key)) {
                problems.add(new SettingProblem(key, unknown(key)));
            }
        }
        Map<String, Object> values = new HashMap<>();
        for (Setting<?> setting : settings.values()) {
            read(setting, declared.get(setting.name()), problems).ifPresent(v -> values.put(setting.name(), v));
            values.putIfAbsent(setting.name(), null);
        }
        return new ParsedSettings(values, problems);
    }

    private static <T> Optional<T> read(Setting<T> setting, Object raw, List<SettingProblem> problems) {
        if (raw == null) {
            if (setting.isRequired()) {
                problems.add(new SettingProblem(
                        setting.name(), "is missing; must be " + setting.type().describe()));
            }
            return Optional.ofNullable(setting.defaultValue());
        }
        T value;
        try {
            value = setting.type().convert(raw);
        } catch (IllegalArgumentException e) {
            problems.add(new SettingProblem(setting.name(), e.getMessage()));
            return Optional.empty();
        }
        Optional<String> refusal = setting.validator().check(value);
        refusal.ifPresent(message -> problems.add(new SettingProblem(setting.name(), message)));
        return refusal.isPresent() ? Optional.empty() : Optional.of(value);
    }

    private String unknown(String key) {
        String allowed = "allowed: " + String.join(", ", settings.keySet());
        return Suggestions.closest(key, settings.keySet())
                .map(match -> "unknown setting; did you mean '" + match + "'? " + allowed)
                .orElse("unknown setting; " + allowed);
    }
}
