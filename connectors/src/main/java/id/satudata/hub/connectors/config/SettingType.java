package id.satudata.hub.connectors.config;

import java.util.function.Function;

/**
 * How a declared value becomes a typed one. Implementations are immutable and thread-safe; the built-in types are
 * made by the factories of {@link Setting}.
 *
 * @param <T> the typed value
 */
public interface SettingType<T> {

    /** What the type accepts, for messages, e.g. {@code an integer}. */
    String describe();

    /**
     * The typed value of a non-null declared value (a {@code String}, {@code Number} or {@code Boolean} as YAML or
     * JSON gives it).
     *
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    T convert(Object raw);

    /**
     * A type of scalar values (lists and maps refused) for settings beyond the built-in ones, such as a URL.
     *
     * @param convert the typed value, or an {@link IllegalArgumentException} saying what is wrong and allowed
     */
    static <T> SettingType<T> scalar(String describe, Function<Object, T> convert) {
        return new SettingTypes.Simple<>(describe, convert);
    }
}
