package id.satudata.hub.connectors.file.html;

import java.util.Map;

/**
 * Decodes the character references that exported HTML tables use: the five XML ones, {@code &nbsp;} and numeric
 * references ({@code &#233;}, {@code &#xE9;}). Anything else is left as written, rather than guessed.
 */
final class HtmlEntities {

    private static final Map<String, String> NAMED =
            Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", "\u00A0");

    private HtmlEntities() {}

    static String decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int from = 0;
        for (; amp >= 0; amp = text.indexOf('&', from)) {
            int semicolon = text.indexOf(';', amp);
            String character =
                    semicolon < 0 || semicolon - amp > 10 ? null : character(text.substring(amp + 1, semicolon));
            decoded.append(text, from, amp);
            if (character == null) {
                decoded.append('&');
                from = amp + 1;
            } else {
                decoded.append(character);
                from = semicolon + 1;
            }
        }
        return decoded.append(text, from, text.length()).toString();
    }

    private static String character(String reference) {
        if (!reference.startsWith("#")) {
            return NAMED.get(reference);
        }
        try {
            boolean hex = reference.length() > 1 && (reference.charAt(1) == 'x' || reference.charAt(1) == 'X');
            int code = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(code) ? Character.toString(code) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
