package id.satudata.hub.connectors.rest;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Query parameters of page URLs: set one, and show a URL without the credentials it carries (an API key in the
 * query, user and password before the host), as run messages, logs and positions must.
 */
final class SafeUrl {

    private static final String HIDDEN = "***";

    private SafeUrl() {}

    /** The URI with the parameter set to the value, replacing any value it had. */
    static URI withParam(URI uri, String name, String value) {
        String pair = encode(name) + "=" + encode(value);
        String query = without(uri.getRawQuery(), Set.of(name));
        return replaceQuery(uri, query.isEmpty() ? pair : query + "&" + pair);
    }

    /** The URI without these parameters. */
    static URI withoutParams(URI uri, Set<String> names) {
        return replaceQuery(uri, without(uri.getRawQuery(), names));
    }

    /** The URI as text, without user information and with the values of these parameters hidden. */
    static String describe(URI uri, Set<String> hiddenParams) {
        String query = uri.getRawQuery() == null
                ? null
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .map(pair -> hiddenParams.contains(nameOf(pair)) ? nameOf(pair) + "=" + HIDDEN : pair)
                        .collect(Collectors.joining("&"));
        String host = uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceFirst("^.*@", "");
        return (uri.getScheme() == null ? "" : uri.getScheme() + "://")
                + host
                + uri.getRawPath()
                + (query == null ? "" : "?" + query);
    }

    private static String without(String rawQuery, Set<String> names) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(pair -> !pair.isEmpty() && !names.contains(nameOf(pair)))
                .collect(Collectors.joining("&"));
    }

    private static String nameOf(String pair) {
        int equals = pair.indexOf('=');
        return URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static URI replaceQuery(URI uri, String rawQuery) {
        String text = uri.toString();
        int cut = text.indexOf('?');
        int fragment = text.indexOf('#');
        String base = cut >= 0 ? text.substring(0, cut) : fragment >= 0 ? text.substring(0, fragment) : text;
        return URI.create(rawQuery.isEmpty() ? base : base + "?" + rawQuery);
    }
}
