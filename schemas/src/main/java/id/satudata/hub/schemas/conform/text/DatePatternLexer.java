package id.satudata.hub.schemas.conform.text;

import id.satudata.hub.schemas.conform.text.DatePattern.Kind;
import id.satudata.hub.schemas.conform.text.DatePattern.Token;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Splits a date pattern into tokens, rejecting what {@link DatePattern} cannot parse with a message saying why. */
final class DatePatternLexer {

    static final String ALLOWED =
            "use yyyy, MM, M, MMM, MMMM, dd, d, separators such as / - . or space, and 'quoted' text";

    private DatePatternLexer() {}

    static Token[] tokens(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("the date pattern is empty; " + ALLOWED);
        }
        List<Token> tokens = new ArrayList<>();
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            int end = i + 1;
            if (c == '\'') {
                end = pattern.indexOf('\'', i + 1);
                if (end < 0 || end == i + 1) {
                    throw new IllegalArgumentException("unclosed or empty quote in date pattern '" + pattern + "'");
                }
                tokens.add(new Token(Kind.LITERAL, 0, 0, pattern.substring(i + 1, end++)));
            } else if (Character.isLetter(c)) {
                while (end < pattern.length() && pattern.charAt(end) == c) {
                    end++;
                }
                Token token = letters(pattern, c, end - i);
                Kind kind = token.kind() == Kind.MONTH_NAME ? Kind.MONTH : token.kind();
                if (!seen.add(kind)) {
                    throw new IllegalArgumentException("date pattern '" + pattern + "' has more than one "
                            + kind.name().toLowerCase(java.util.Locale.ROOT));
                }
                tokens.add(token);
            } else {
                tokens.add(new Token(Kind.LITERAL, 0, 0, String.valueOf(c)));
            }
            i = end;
        }
        if (!seen.contains(Kind.YEAR) || (seen.contains(Kind.DAY) && !seen.contains(Kind.MONTH))) {
            throw new IllegalArgumentException(
                    "date pattern '" + pattern + "' needs a year (yyyy), and a month (M, MM, MMM) when it has a day");
        }
        return tokens.toArray(Token[]::new);
    }

    private static Token letters(String pattern, char letter, int count) {
        if ((letter == 'y' || letter == 'u') && count == 4) {
            return new Token(Kind.YEAR, 4, 4, null);
        }
        if (letter == 'M' && count <= 2) {
            return new Token(Kind.MONTH, count, 2, null);
        }
        if (letter == 'M' && count <= 4) {
            return new Token(Kind.MONTH_NAME, count, count, null); // the count tells MMM from MMMM when formatting
        }
        if (letter == 'd' && count <= 2) {
            return new Token(Kind.DAY, count, 2, null);
        }
        String what = String.valueOf(letter).repeat(count);
        String why = letter == 'y' || letter == 'u' ? "years must have four digits" : "unsupported letters";
        throw new IllegalArgumentException("'" + what + "' in date pattern '" + pattern + "': " + why + "; " + ALLOWED);
    }
}
