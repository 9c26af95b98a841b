package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.BooleanWords;
import id.satudata.hub.schemas.conform.text.DatePattern;
import id.satudata.hub.schemas.conform.text.NumberSyntax;
import id.satudata.hub.schemas.conform.text.TimestampSyntax;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;

/** Builds the coercer of a target type from parse options that passed {@link ParseKey}'s checks. */
public final class Coercers {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Jakarta");

    private Coercers() {}

    /**
     * @param schema the (non-union) schema of the field
     * @param factor the product of the field's {@code scale} transforms, or {@code null}
     */
    public static Coercer create(TargetType type, Schema schema, Map<String, String> parse, BigDecimal factor) {
        NumberSyntax syntax = NumberSyntax.named(parse.getOrDefault(ParseKey.NUMBER.id(), "plain"));
        return switch (type) {
            case STRING -> new StringCoercer("true".equals(parse.get(ParseKey.CODE.id())));
            case INT, LONG -> new IntegralCoercer(type == TargetType.INT, syntax, factor);
            case FLOAT, DOUBLE -> new FloatingCoercer(type == TargetType.FLOAT, syntax, factor);
            case DECIMAL -> {
                LogicalTypes.Decimal decimal = (LogicalTypes.Decimal) schema.getLogicalType();
                yield new DecimalCoercer(decimal.getPrecision(), decimal.getScale(), syntax, factor);
            }
            case BOOLEAN -> new BooleanCoercer(booleanWords(parse));
            case BYTES -> new BytesCoercer("base64".equals(parse.get(ParseKey.BYTES_ENCODING.id())));
            case ENUM -> new EnumCoercer(schema);
            case DATE -> new DateCoercer(datePattern(parse));
            case TIMESTAMP_MILLIS, TIMESTAMP_MICROS -> new TimestampCoercer(
                    timestampSyntax(parse), type == TargetType.TIMESTAMP_MICROS);
        };
    }

    /** Problems between keys that are each valid alone, by key. */
    public static Map<String, String> conflicts(Map<String, String> parse) {
        Map<String, String> conflicts = new LinkedHashMap<>();
        if (parse.containsKey(ParseKey.DATE_PATTERN.id()) && parse.containsKey(ParseKey.TIMESTAMP.id())) {
            conflicts.put(
                    ParseKey.DATE_PATTERN.id(), "give either 'date' (a date at midnight) or 'timestamp', not both");
        }
        List<String> falseWords = words(parse, ParseKey.FALSE_WORDS, BooleanWords.DEFAULT_FALSE);
        for (String word : words(parse, ParseKey.TRUE_WORDS, BooleanWords.DEFAULT_TRUE)) {
            if (falseWords.stream().anyMatch(word::equalsIgnoreCase)) {
                conflicts.put(ParseKey.TRUE_WORDS.id(), "'" + word + "' cannot mean both true and false");
            }
        }
        return conflicts;
    }

    private static BooleanWords booleanWords(Map<String, String> parse) {
        return new BooleanWords(
                words(parse, ParseKey.TRUE_WORDS, BooleanWords.DEFAULT_TRUE),
                words(parse, ParseKey.FALSE_WORDS, BooleanWords.DEFAULT_FALSE));
    }

    private static List<String> words(Map<String, String> parse, ParseKey key, List<String> defaults) {
        String words = parse.get(key.id());
        return words == null ? defaults : BooleanWords.list(words);
    }

    private static DatePattern datePattern(Map<String, String> parse) {
        String pattern = parse.get(ParseKey.DATE_PATTERN.id());
        return pattern == null ? DatePattern.ISO : DatePattern.compile(pattern);
    }

    private static TimestampSyntax timestampSyntax(Map<String, String> parse) {
        ZoneId zone = parse.containsKey(ParseKey.ZONE.id()) ? ZoneId.of(parse.get(ParseKey.ZONE.id())) : DEFAULT_ZONE;
        if (parse.containsKey(ParseKey.DATE_PATTERN.id())) {
            return TimestampSyntax.date(datePattern(parse), zone);
        }
        String timestamp = parse.getOrDefault(ParseKey.TIMESTAMP.id(), TimestampSyntax.ISO);
        return switch (timestamp) {
            case TimestampSyntax.ISO -> TimestampSyntax.iso(zone);
            case TimestampSyntax.EPOCH_MILLIS -> TimestampSyntax.epoch(false);
            case TimestampSyntax.EPOCH_SECONDS -> TimestampSyntax.epoch(true);
            default -> TimestampSyntax.pattern(timestamp, zone);
        };
    }
}
