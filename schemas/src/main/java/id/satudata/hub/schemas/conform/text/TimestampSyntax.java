package id.satudata.hub.schemas.conform.text;

import java.text.Format;
import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a source writes points in time (parse keys {@code timestamp}, {@code date}, {@code zone}). Text without
 * an offset is local time in the zone. Failure is {@code null}: {@link Format#parseObject} reports it through
 * the position instead of an exception, which keeps a file full of bad timestamps from crawling. That
 * {@code Format} is a stateless view of an immutable {@link DateTimeFormatter}, so sharing it across threads is safe.
 */
public final class TimestampSyntax {

    public static final String EPOCH_MILLIS = "epoch-millis";
    public static final String EPOCH_SECONDS = "epoch-seconds";
    public static final String ISO = "iso";

    private static final DateTimeFormatter ISO_FORMAT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final String hint;
    private final Function<String, Instant> parser;

    private TimestampSyntax(String hint, Function<String, Instant> parser) {
        this.hint = hint;
        this.parser = parser;
    }

    /** {@code 2023-01-30T08:00:00Z}, {@code 2023-01-30T08:00:00+07:00}, {@code 2023-01-30 08:00:00}. */
    public static TimestampSyntax iso(ZoneId zone) {
        Format format = ISO_FORMAT.toFormat();
        return new TimestampSyntax(
                "an ISO date-time such as 2023-01-30T08:00:00+07:00 or 2023-01-30 08:00:00",
                s -> parse(format, s, zone));
    }

    /**
     * A {@link DateTimeFormatter} pattern with Indonesian month and day names, case-insensitive.
     *
     * @throws IllegalArgumentException when the pattern is invalid
     */
    public static TimestampSyntax pattern(String pattern, ZoneId zone) {
        Format format = new DateTimeFormatterBuilder()
                .parseCaseInsensitive()
                .appendPattern(withProlepticYear(pattern))
                .toFormatter(Locale.forLanguageTag("id"))
                .withResolverStyle(ResolverStyle.STRICT)
                .toFormat();
        return new TimestampSyntax("a date-time like '" + pattern + "'", s -> parse(format, s, zone));
    }

    /**
     * Strict resolution rejects 30 February instead of moving it to the 28th, but wants {@code uuuu} for years:
     * {@code yyyy} (year of era) would need an era in the text.
     */
    private static String withProlepticYear(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /** Midnight, in the zone, of a date written in a {@link DatePattern}. */
    public static TimestampSyntax date(DatePattern pattern, ZoneId zone) {
        return new TimestampSyntax("a date like '" + pattern + "'", s -> {
            LocalDate date = pattern.parse(s);
            return date == null ? null : date.atStartOfDay(zone).toInstant();
        });
    }

    /** Whole milliseconds or seconds since 1970-01-01T00:00:00Z, as digits. */
    public static TimestampSyntax epoch(boolean seconds) {
        return new TimestampSyntax(seconds ? "seconds since 1970 (epoch)" : "milliseconds since 1970 (epoch)", s -> {
            long value = NumberSyntax.PLAIN.parseSimpleLong(s);
            if (value == NumberSyntax.NOT_SIMPLE) {
                return null;
            }
            try {
                return seconds ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
            } catch (DateTimeException outOfRange) {
                return null;
            }
        });
    }

    /** The instant the text denotes, or {@code null} when it is not written this way. */
    public Instant parse(String s) {
        return parser.apply(s);
    }

    /** What the text should look like, for violation messages. */
    public String hint() {
        return hint;
    }

    private static Instant parse(Format format, String s, ZoneId zone) {
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parseObject(s, position);
        if (!(parsed instanceof TemporalAccessor temporal) || position.getIndex() != s.length()) {
            return null;
        }
        LocalDate date = temporal.query(TemporalQueries.localDate());
        if (date == null) {
            return null;
        }
        LocalTime time = temporal.query(TemporalQueries.localTime());
        ZoneId parsedZone = temporal.query(TemporalQueries.zone());
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time)
                .atZone(parsedZone == null ? zone : parsedZone)
                .toInstant();
    }
}
