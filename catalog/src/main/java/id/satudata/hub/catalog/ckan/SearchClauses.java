package id.satudata.hub.catalog.ckan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The clauses of a Solr query string as CKAN passes {@code q} and {@code fq} on: whitespace-separated terms, a
 * double-quoted phrase kept whole, {@code field:value} pairs, and a leading {@code +} (must match) dropped since
 * every clause must match here.
 *
 * @param field the field of a {@code field:value} clause, else {@code null} for free text
 */
record SearchClauses(String field, String value) {

    static List<SearchClauses> parse(String query) {
        List<SearchClauses> clauses = new ArrayList<>();
        for (String token : tokens(query.trim())) {
            String clause = token.startsWith("+") ? token.substring(1) : token;
            int colon = clause.indexOf(':');
            if (colon > 0 && !clause.startsWith("\"")) {
                clauses.add(new SearchClauses(
                        clause.substring(0, colon).toLowerCase(Locale.ROOT), unquote(clause.substring(colon + 1))));
            } else if (!clause.isEmpty()) {
                clauses.add(new SearchClauses(null, unquote(clause)));
            }
        }
        return clauses;
    }

    boolean isText() {
        return field == null;
    }

    private static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (char c : query.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (Character.isWhitespace(c) && !quoted) {
                tokens.add(token.toString());
                token.setLength(0);
            } else {
                token.append(c);
            }
        }
        tokens.add(token.toString());
        return tokens.stream().filter(text -> !text.isBlank()).toList();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
