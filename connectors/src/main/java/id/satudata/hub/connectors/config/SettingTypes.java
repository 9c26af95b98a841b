package id.satudata.hub.connectors.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The built-in setting types. Declared values arrive as YAML or JSON scalars; lists and maps are refused. */
final class SettingTypes {

    record Simple<T>(String describe, Function<Object, T> convert) implements SettingType<T> {
        @Override
        public T convert(Object raw) {
            if (raw instanceof Map<?, ?> || raw instanceof List<?>) {
                throw new IllegalArgumentException(
                        "must be " + describe + ", was a " + (raw instanceof Map ? "map" : "list"));
            }
            return convert.apply(raw);
        }
    }

    static final SettingType<String> STRING = new Simple<>("a text", String::valueOf);

    static final SettingType<Character> CHAR = new Simple<>("one character (or tab)", SettingTypes::character);

    static final SettingType<Integer> INT =
            new Simple<>("an integer", raw -> wholeNumber(raw, Integer.MIN_VALUE, Integer.MAX_VALUE, "an integer")
                    .intValue());

    static final SettingType<Long> LONG =
            new Simple<>("an integer", raw -> wholeNumber(raw, Long.MIN_VALUE, Long.MAX_VALUE, "an integer"));

    static final SettingType<Boolean> BOOLEAN = new Simple<>("true or false", SettingTypes::bool);

    static final SettingType<Duration> DURATION = new Simple<>(Durations.ALLOWED, SettingTypes::duration);

    static final SettingType<Charset> CHARSET =
            new Simple<>("a character set such as UTF-8, windows-1252 or ISO-8859-1", SettingTypes::charset);

    /** Names as a YAML list, or as one text of names separated by commas. */
    static final SettingType<List<String>> NAMES = new SettingType<>() {
        @Override
        public String describe() {
            return "a list of names, such as [kode, tahun]";
        }

        @Override
        public List<String> convert(Object raw) {
            if (raw instanceof Map<?, ?>) {
                throw new IllegalArgumentException("must be " + describe() + ", was a map");
            }
            List<?> items = raw instanceof List<?> list
                    ? list
                    : List.of(String.valueOf(raw).split(","));
            List<String> names = items.stream()
                    .map(item -> item == null ? "" : String.valueOf(item).trim())
                    .toList();
            if (names.isEmpty() || names.contains("")) {
                throw new IllegalArgumentException("must be " + describe() + " without empty names, was " + raw);
            }
            return names;
        }
    };

    private SettingTypes() {}

    /** One of fixed choices, matched ignoring case and given back as declared. */
    static SettingType<String> choice(List<String> choices) {
        String describe = "one of " + String.join(", ", choices);
        return new Simple<>(describe, raw -> choices.stream()
                .filter(choice -> choice.equalsIgnoreCase(String.valueOf(raw).trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("must be " + describe + ", was '" + raw + "'")));
    }

    private static Character character(Object raw) {
        String text = String.valueOf(raw);
        if (text.equalsIgnoreCase("tab") || text.equals("\\t")) {
            return '\t';
        }
        if (text.length() != 1) {
            throw new IllegalArgumentException("must be one character (or tab), was '" + text + "'");
        }
        return text.charAt(0);
    }

    private static Long wholeNumber(Object raw, long min, long max, String describe) {
        BigInteger value;
        try {
            value = raw instanceof BigInteger big
                    ? big
                    : new BigDecimal(String.valueOf(raw).trim()).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("must be " + describe + ", was '" + raw + "'");
        }
        if (value.compareTo(BigInteger.valueOf(min)) < 0 || value.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new IllegalArgumentException("must be between " + min + " and " + max + ", was " + value);
        }
        return value.longValue();
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean value) {
            return value;
        }
        String text = String.valueOf(raw).trim().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, was '" + raw + "'");
        };
    }

    private static Duration duration(Object raw) {
        if (raw instanceof Duration value) {
            return value;
        }
        if (raw instanceof Number) {
            throw new IllegalArgumentException("must be " + Durations.ALLOWED + ", was " + raw + " without a unit");
        }
        return Durations.parse(String.valueOf(raw));
    }

    private static Charset charset(Object raw) {
        String name = String.valueOf(raw).trim();
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException(
                    "unknown character set '" + name + "'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
        }
    }
}
