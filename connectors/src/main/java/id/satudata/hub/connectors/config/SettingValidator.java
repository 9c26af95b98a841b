package id.satudata.hub.connectors.config;

import java.time.Duration;
import java.util.Optional;

/**
 * A check of a typed setting value beyond its type, such as a range. Pure and thread-safe.
 *
 * @param <T> the typed value
 */
@FunctionalInterface
public interface SettingValidator<T> {

    /** Empty when the value is allowed, otherwise what is wrong and what is allowed. */
    Optional<String> check(T value);

    static <T> SettingValidator<T> none() {
        return value -> Optional.empty();
    }

    static <N extends Number> SettingValidator<N> between(long min, long max) {
        return value -> value.longValue() < min || value.longValue() > max
                ? Optional.of("must be between " + min + " and " + max + ", was " + value)
                : Optional.empty();
    }

    static <N extends Number> SettingValidator<N> atLeast(long min) {
        return value ->
                value.longValue() < min ? Optional.of("must be at least " + min + ", was " + value) : Optional.empty();
    }

    static SettingValidator<Duration> positive() {
        return value -> value.isNegative() || value.isZero()
                ? Optional.of("must be longer than zero, was " + Durations.format(value))
                : Optional.empty();
    }

    static SettingValidator<Duration> notNegative() {
        return value -> value.isNegative()
                ? Optional.of("must not be negative, was " + Durations.format(value))
                : Optional.empty();
    }
}
