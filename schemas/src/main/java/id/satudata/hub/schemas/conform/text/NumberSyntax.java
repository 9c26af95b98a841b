package id.satudata.hub.schemas.conform.text;

import static id.satudata.hub.schemas.conform.text.Text.isDigit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * How numbers are written in a source (parse key {@code number}): {@code plain} ({@code 1234.56}), {@code id}
 * ({@code 1.234,56}, {@code 1.234} = 1234) or {@code en} ({@code 1,234.56}). Grouping is optional but, when used,
 * must group by three. Parsed by hand: this runs for every numeric field of every record.
 */
public final class NumberSyntax {

    /** Returned by {@link #parseSimpleLong} when the text needs the general parser. */
    public static final long NOT_SIMPLE = Long.MIN_VALUE;

    private static final char NO_GROUPING = 0;
    private static final int MAX_LONG_DIGITS = 18;

    public static final NumberSyntax PLAIN = new NumberSyntax(
            "plain",
            '.',
            NO_GROUPING,
            "digits, optionally with '.0'",
            "digits with '.' as decimal point, e.g. 1234.56");
    public static final NumberSyntax ID = new NumberSyntax(
            "id", ',', '.', "digits, optionally grouped like 1.234, or with ',0'", "Indonesian format, e.g. 1.234,56");
    public static final NumberSyntax EN = new NumberSyntax(
            "en", '.', ',', "digits, optionally grouped like 1,234, or with '.0'", "English format, e.g. 1,234.56");

    private final String name;
    private final char decimal;
    private final char group;
    private final String integerHint;
    private final String numberHint;

    private NumberSyntax(String name, char decimal, char group, String integerHint, String numberHint) {
        this.name = name;
        this.decimal = decimal;
        this.group = group;
        this.integerHint = integerHint;
        this.numberHint = numberHint;
    }

    /** The syntax of a {@code number} parse value, or {@code null} when there is none of that name. */
    public static NumberSyntax named(String name) {
        for (NumberSyntax syntax : List.of(PLAIN, ID, EN)) {
            if (syntax.name.equals(name)) {
                return syntax;
            }
        }
        return null;
    }

    public static List<String> names() {
        return List.of(PLAIN.name, ID.name, EN.name);
    }

    /** What an integer looks like in this syntax, for violation messages. */
    public String integerHint() {
        return integerHint;
    }

    /** What a number looks like in this syntax, for violation messages. */
    public String numberHint() {
        return numberHint;
    }

    /**
     * The fast path for integral targets: an optionally signed run of up to 18 digits, optionally followed by a
     * decimal separator and zeros ({@code 2019.0}). Anything else returns {@link #NOT_SIMPLE}.
     */
    public long parseSimpleLong(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        int start = i;
        long value = 0;
        while (i < n && isDigit(s.charAt(i))) {
            value = value * 10 + (s.charAt(i++) - '0');
        }
        int digits = i - start;
        if (digits == 0 || digits > MAX_LONG_DIGITS || (i < n && !isZeroFraction(s, i))) {
            return NOT_SIMPLE;
        }
        return s.charAt(0) == '-' ? -value : value;
    }

    private boolean isZeroFraction(String s, int at) {
        if (s.charAt(at) != decimal || at + 1 == s.length()) {
            return false;
        }
        for (int i = at + 1; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /**
     * The number the text denotes, or {@code null} when it is not a number in this syntax. With {@code id}, a
     * {@code .0} that cannot be thousands grouping ({@code 2019.0}) is read as the float artefact it is.
     */
    public BigDecimal parse(String s) {
        BigDecimal value = parse(s, s.length());
        if (value == null && group == '.') {
            int artefact = Text.floatArtefactStart(s);
            return artefact > 0 ? parse(s, artefact) : null;
        }
        return value;
    }

    private BigDecimal parse(String s, int end) {
        int i = 0;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i++) == '-';
        }
        int digits = 0;
        int run = 0;
        boolean grouped = false;
        long unscaled = 0;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                run++;
                unscaled = digits++ < MAX_LONG_DIGITS ? unscaled * 10 + (c - '0') : unscaled;
            } else if (c == group && group != NO_GROUPING && (grouped ? run == 3 : run >= 1 && run <= 3)) {
                grouped = true;
                run = 0;
            } else {
                break;
            }
        }
        if (grouped && run != 3) {
            return null;
        }
        int scale = 0;
        if (i < end && s.charAt(i) == decimal) {
            for (i++; i < end && isDigit(s.charAt(i)); i++, scale++) {
                unscaled = digits++ < MAX_LONG_DIGITS ? unscaled * 10 + (s.charAt(i) - '0') : unscaled;
            }
            if (scale == 0) {
                return null;
            }
        }
        int mantissaEnd = i;
        int exponent = 0;
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            exponent = parseExponent(s, i + 1, end);
            if (exponent == Integer.MIN_VALUE) {
                return null;
            }
            i = end;
        }
        if (digits == 0 || i != end) {
            return null;
        }
        if (digits > MAX_LONG_DIGITS) {
            return new BigDecimal(new BigInteger(digitsOf(s, mantissaEnd, negative)), scale - exponent);
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale - exponent);
    }

    private static int parseExponent(String s, int from, int end) {
        int i = from < end && (s.charAt(from) == '-' || s.charAt(from) == '+') ? from + 1 : from;
        if (i == end || end - i > 4) {
            return Integer.MIN_VALUE;
        }
        int exponent = 0;
        for (; i < end; i++) {
            if (!isDigit(s.charAt(i))) {
                return Integer.MIN_VALUE;
            }
            exponent = exponent * 10 + (s.charAt(i) - '0');
        }
        return s.charAt(from) == '-' ? -exponent : exponent;
    }

    private static String digitsOf(String s, int end, boolean negative) {
        StringBuilder digits = new StringBuilder(end + 1).append(negative ? "-" : "");
        for (int i = 0; i < end; i++) {
            if (isDigit(s.charAt(i))) {
                digits.append(s.charAt(i));
            }
        }
        return digits.toString();
    }

    @Override
    public String toString() {
        return name;
    }
}
