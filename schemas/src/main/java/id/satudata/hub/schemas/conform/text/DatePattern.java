package id.satudata.hub.schemas.conform.text;

import static id.satudata.hub.schemas.conform.text.Text.isDigit;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * A compiled date pattern (parse key {@code date}), parsed by hand because dates are on the hot path and
 * Indonesian sources need month names {@code java.time} does not know ({@code Agt}, {@code Ags}). Letters:
 * {@code yyyy} four-digit year, {@code MM}/{@code dd} two digits, {@code M}/{@code d} one or two digits,
 * {@code MMM}/{@code MMMM} a month name ({@link MonthNames}); a missing day or month is 1. A space matches any
 * run of spaces; other characters match themselves. A trailing float artefact ({@code 202401.0}) is accepted.
 */
public final class DatePattern {

    public static final DatePattern ISO = compile("yyyy-MM-dd");

    private final String pattern;
    private final Token[] tokens;

    private DatePattern(String pattern, Token[] tokens) {
        this.pattern = pattern;
        this.tokens = tokens;
    }

    /** @throws IllegalArgumentException saying what is wrong with the pattern and what is allowed */
    public static DatePattern compile(String pattern) {
        return new DatePattern(pattern, DatePatternLexer.tokens(pattern));
    }

    /** The date the text denotes, or {@code null} when it does not match the pattern or is no calendar date. */
    public LocalDate parse(String s) {
        int artefact = tokens[tokens.length - 1].numeric() ? Text.floatArtefactStart(s) : -1;
        int end = artefact > 0 ? artefact : s.length();
        int year = -1;
        int month = 1;
        int day = 1;
        int i = 0;
        for (Token token : tokens) {
            int next = token.kind() == Kind.LITERAL ? matchLiteral(token.literal(), s, i, end) : scan(token, s, i, end);
            if (next < 0) {
                return null;
            }
            switch (token.kind()) {
                case YEAR -> year = digits(s, i, next);
                case MONTH -> month = digits(s, i, next);
                case MONTH_NAME -> month = MonthNames.month(s, i, next);
                case DAY -> day = digits(s, i, next);
                case LITERAL -> {}
            }
            i = next;
        }
        return i == end && isDate(year, month, day) ? LocalDate.of(year, month, day) : null;
    }

    private static boolean isDate(int year, int month, int day) {
        return year >= 0
                && month >= 1
                && month <= 12
                && day >= 1
                && day <= Month.of(month).length(Year.isLeap(year));
    }

    private static int scan(Token token, String s, int from, int end) {
        int i = from;
        if (token.kind() == Kind.MONTH_NAME) {
            while (i < end && Character.isLetter(s.charAt(i))) {
                i++;
            }
            return i > from ? i : -1;
        }
        while (i < end && i - from < token.maxDigits() && isDigit(s.charAt(i))) {
            i++;
        }
        return i - from >= token.minDigits() ? i : -1;
    }

    private static int matchLiteral(String literal, String s, int from, int end) {
        if (literal.equals(" ")) {
            int i = from;
            while (i < end && Text.isSpace(s.charAt(i))) {
                i++;
            }
            return i > from ? i : -1;
        }
        return s.startsWith(literal, from) && from + literal.length() <= end ? from + literal.length() : -1;
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }

    /** The date written in this pattern, for messages that show producers an example. */
    public String format(LocalDate date) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            switch (token.kind()) {
                case YEAR -> out.append(date.getYear());
                case MONTH -> pad(out, date.getMonthValue(), token.minDigits());
                case MONTH_NAME -> out.append(MonthNames.name(date.getMonthValue(), token.minDigits() > 3));
                case DAY -> pad(out, date.getDayOfMonth(), token.minDigits());
                case LITERAL -> out.append(token.literal());
            }
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int digits) {
        out.append(digits == 2 && value < 10 ? "0" : "").append(value);
    }

    @Override
    public String toString() {
        return pattern;
    }

    enum Kind {
        YEAR,
        MONTH,
        MONTH_NAME,
        DAY,
        LITERAL
    }

    record Token(Kind kind, int minDigits, int maxDigits, String literal) {
        boolean numeric() {
            return kind == Kind.YEAR || kind == Kind.MONTH || kind == Kind.DAY;
        }
    }
}
