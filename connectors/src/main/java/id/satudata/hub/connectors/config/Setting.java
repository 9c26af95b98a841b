package id.satudata.hub.connectors.config;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * One declared setting: name, type, default or required, validator and doc, like Kafka's {@code ConfigKey} or
 * Debezium's {@code Field}. Immutable: each {@code with}-style method returns a new setting.
 *
 * @param <T> the typed value
 */
public final class Setting<T> {

    private final String name;
    private final SettingType<T> type;
    private final T defaultValue;
    private final boolean required;
    private final SettingValidator<? super T> validator;
    private final String doc;

    private Setting(
            String name,
            SettingType<T> type,
            T defaultValue,
            boolean required,
            SettingValidator<? super T> validator,
            String doc) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
        this.defaultValue = defaultValue;
        this.required = required;
        this.validator = Objects.requireNonNull(validator, "validator");
        this.doc = doc;
    }

    /** An optional setting of a type, without default (its value is {@code null} when not declared). */
    public static <T> Setting<T> of(String name, SettingType<T> type) {
        return new Setting<>(name, type, null, false, SettingValidator.none(), "");
    }

    public static Setting<String> string(String name) {
        return of(name, SettingTypes.STRING);
    }

    /** One character; {@code tab} and {@code \t} stand for the tab character. */
    public static Setting<Character> character(String name) {
        return of(name, SettingTypes.CHAR);
    }

    public static Setting<Integer> integer(String name) {
        return of(name, SettingTypes.INT);
    }

    public static Setting<Long> longInteger(String name) {
        return of(name, SettingTypes.LONG);
    }

    public static Setting<Boolean> bool(String name) {
        return of(name, SettingTypes.BOOLEAN);
    }

    /** A duration as {@link Durations#parse} reads it. */
    public static Setting<Duration> duration(String name) {
        return of(name, SettingTypes.DURATION);
    }

    public static Setting<Charset> charset(String name) {
        return of(name, SettingTypes.CHARSET);
    }

    /** Names, such as columns: a YAML list, or one text separated by commas. */
    public static Setting<List<String>> names(String name) {
        return of(name, SettingTypes.NAMES);
    }

    /** One of fixed choices, matched ignoring case; the value is the choice as given here. */
    public static Setting<String> choice(String name, String... choices) {
        return of(name, SettingTypes.choice(List.of(choices)));
    }

    /** The setting must be declared. */
    public Setting<T> required() {
        return new Setting<>(name, type, null, true, validator, doc);
    }

    /** The value when the setting is not declared. */
    public Setting<T> withDefault(T value) {
        return new Setting<>(name, type, Objects.requireNonNull(value, "value"), false, validator, doc);
    }

    public Setting<T> validatedBy(SettingValidator<? super T> check) {
        return new Setting<>(name, type, defaultValue, required, check, doc);
    }

    public Setting<T> doc(String text) {
        return new Setting<>(name, type, defaultValue, required, validator, text);
    }

    public String name() {
        return name;
    }

    public SettingType<T> type() {
        return type;
    }

    /** The default, or {@code null} for a required setting or one without default. */
    public T defaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return required;
    }

    public SettingValidator<? super T> validator() {
        return validator;
    }

    public String doc() {
        return doc;
    }

    @Override
    public String toString() {
        return name + " (" + type.describe()
                + (required ? ", required" : defaultValue == null ? "" : ", default " + defaultValue) + ")";
    }
}
