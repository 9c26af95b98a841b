package id.satudata.hub.schemas.conform.coerce;

import static id.satudata.hub.schemas.conform.coerce.TargetType.BOOLEAN;
import static id.satudata.hub.schemas.conform.coerce.TargetType.BYTES;
import static id.satudata.hub.schemas.conform.coerce.TargetType.DATE;
import static id.satudata.hub.schemas.conform.coerce.TargetType.NUMERIC;
import static id.satudata.hub.schemas.conform.coerce.TargetType.STRING;
import static id.satudata.hub.schemas.conform.coerce.TargetType.TIMESTAMPS;

import id.satudata.hub.schemas.conform.text.BooleanWords;
import id.satudata.hub.schemas.conform.text.DatePattern;
import id.satudata.hub.schemas.conform.text.NumberSyntax;
import id.satudata.hub.schemas.conform.text.TimestampSyntax;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Every key a mapping's {@code parse} options can hold, the target types it applies to, and its check (which
 * returns what is wrong with a value, or {@code null}).
 */
public enum ParseKey {
    NUMBER(
            "number",
            NUMERIC,
            "how numbers are written: plain (1234.56, the default), id (1.234,56) or en (1,234.56)",
            v -> NumberSyntax.named(v) == null ? "'" + v + "' is not a number format; use plain, id or en" : null),
    CODE(
            "code",
            EnumSet.of(STRING),
            "true to drop float artefacts from numeric codes: 3201.0 becomes 3201",
            v -> v.equals("true") || v.equals("false") ? null : "'" + v + "' is not true or false"),
    DATE_PATTERN(
            "date",
            union(EnumSet.of(DATE), TIMESTAMPS),
            "date pattern such as dd/MM/yyyy (default yyyy-MM-dd)",
            ParseKey::checkDatePattern),
    TIMESTAMP(
            "timestamp",
            TIMESTAMPS,
            "iso (the default), epoch-millis, epoch-seconds, or a java.time pattern such as dd/MM/yyyy HH:mm",
            ParseKey::checkTimestamp),
    ZONE("zone", TIMESTAMPS, "time zone of local date-times (default Asia/Jakarta)", ParseKey::checkZone),
    TRUE_WORDS(
            "true",
            EnumSet.of(BOOLEAN),
            "comma-separated words meaning true (default true, ya, y, yes, 1)",
            ParseKey::checkWords),
    FALSE_WORDS(
            "false",
            EnumSet.of(BOOLEAN),
            "comma-separated words meaning false (default false, tidak, n, no, 0)",
            ParseKey::checkWords),
    BYTES_ENCODING(
            "bytes",
            EnumSet.of(BYTES),
            "utf8 (the default: the text's UTF-8 bytes) or base64",
            v -> v.equals("utf8") || v.equals("base64") ? null : "'" + v + "' is not utf8 or base64");

    private final String id;
    private final Set<TargetType> types;
    private final String doc;
    private final Function<String, String> check;

    ParseKey(String id, Set<TargetType> types, String doc, Function<String, String> check) {
        this.id = id;
        this.types = types;
        this.doc = doc;
        this.check = check;
    }

    /** The key as written in a mapping, or {@code null} when there is none of that name. */
    public static ParseKey named(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst().orElse(null);
    }

    /** The keys that apply to a target type, as written in a mapping. */
    public static List<String> keysFor(TargetType type) {
        return Arrays.stream(values())
                .filter(k -> k.appliesTo(type))
                .map(ParseKey::id)
                .toList();
    }

    public String id() {
        return id;
    }

    public String doc() {
        return doc;
    }

    public boolean appliesTo(TargetType type) {
        return types.contains(type);
    }

    /** What is wrong with a value of this key, or {@code null} when it is valid. */
    public String check(String value) {
        return value == null ? "has no value; " + doc : check.apply(value);
    }

    private static String checkDatePattern(String pattern) {
        try {
            DatePattern.compile(pattern);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static String checkTimestamp(String value) {
        if (List.of(TimestampSyntax.ISO, TimestampSyntax.EPOCH_MILLIS, TimestampSyntax.EPOCH_SECONDS)
                .contains(value)) {
            return null;
        }
        try {
            TimestampSyntax.pattern(value, ZoneId.of("UTC"));
            return null;
        } catch (IllegalArgumentException e) {
            return "'" + value + "' is not a valid pattern (" + e.getMessage() + "); " + TIMESTAMP.doc;
        }
    }

    private static String checkZone(String zone) {
        try {
            ZoneId.of(zone);
            return null;
        } catch (DateTimeException e) {
            return "'" + zone
                    + "' is not a time zone; use a region such as Asia/Jakarta, Asia/Makassar or an offset such as +07:00";
        }
    }

    private static String checkWords(String words) {
        return BooleanWords.list(words).isEmpty()
                ? "lists no words; give them comma-separated, e.g. 'ada, aktif'"
                : null;
    }

    private static Set<TargetType> union(Set<TargetType> a, Set<TargetType> b) {
        Set<TargetType> all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
