package id.satudata.hub.connectors.rest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code rel="next"} target of RFC 8288 {@code Link} headers, as GitHub's and many agencies' APIs send. */
final class LinkHeader {

    /** One link value: {@code <target>} and its parameters up to the next link. */
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]+)*)");

    private static final Pattern REL = Pattern.compile("(?i)\\brel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,\"]+))");

    private LinkHeader() {}

    /** The target of the first link whose relation types include {@code next}, in any of the header values. */
    static Optional<String> next(List<String> headerValues) {
        for (String value : headerValues) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find()) {
                    String types = rel.group(1) != null ? rel.group(1) : rel.group(2);
                    for (String type : types.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                        if (type.equals("next")) {
                            return Optional.of(link.group(1));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
