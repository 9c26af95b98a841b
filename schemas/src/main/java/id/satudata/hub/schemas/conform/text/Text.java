package id.satudata.hub.schemas.conform.text;

import java.math.BigDecimal;

/** Whitespace rules shared by transforms and parsers: exported files use NBSP and friends as spaces. */
public final class Text {

    private Text() {}

    /** Java whitespace plus the no-break spaces that {@link Character#isWhitespace} leaves out. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F' || Character.isWhitespace(c);
    }

    public static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Strips surrounding spaces; returns the same instance when there are none, so the common case allocates nothing. */
    public static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    /**
     * A raw value as text, as a data producer would have written it: numbers in plain notation (a JSON
     * {@code 3.20119E9} is {@code 3201190000}), everything else by {@code toString}.
     */
    public static String of(Object raw) {
        if (raw instanceof String s) {
            return s;
        }
        if (raw instanceof Double || raw instanceof Float) {
            double d = ((Number) raw).doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : raw.toString();
        }
        if (raw instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(raw);
    }

    /**
     * Where a float artefact such as {@code .0} or {@code .000} starts in text that ends with one after at least
     * one digit, or -1: spreadsheets export whole numbers and codes as {@code 3201.0}.
     */
    public static int floatArtefactStart(String s) {
        int i = s.length() - 1;
        while (i >= 0 && s.charAt(i) == '0') {
            i--;
        }
        boolean hasZeros = i < s.length() - 1;
        return hasZeros && i > 0 && s.charAt(i) == '.' && isDigit(s.charAt(i - 1)) ? i : -1;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
