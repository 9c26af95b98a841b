package id.satudata.hub.connectors.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Typed setting values and every problem found while reading them; see {@link SettingsSpec#parse}. */
public final class ParsedSettings {

    private final Map<String, Object> values;
    private final List<SettingProblem> problems;

    ParsedSettings(Map<String, Object> values, List<SettingProblem> problems) {
        this.values = Collections.unmodifiableMap(values);
        this.problems = List.copyOf(problems);
    }

    /** Every problem: unknown keys first, then the settings' in the spec's order; empty when valid. */
    public List<SettingProblem> problems() {
        return problems;
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * The typed value of a setting of the spec: as declared, or its default, or {@code null} when neither.
     *
     * @throws InvalidSettingsException when the settings have problems
     * @throws IllegalArgumentException when the setting is not part of the spec
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        if (!isValid()) {
            throw new InvalidSettingsException(problems);
        }
        if (!values.containsKey(setting.name())) {
            throw new IllegalArgumentException("setting '" + setting.name() + "' is not part of the spec");
        }
        return (T) values.get(setting.name());
    }
}
