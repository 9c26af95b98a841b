package id.satudata.hub.connectors.file.html;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Splits HTML into start tags, end tags and text, reading ahead one character at a time, enough for the tables that
 * spreadsheet programs and statistics portals export. Comments (including Excel's {@code <!--[if gte mso 9]>}
 * blocks), doctypes and processing instructions are passed over, and so is the content of {@code script} and
 * {@code style}. Not a validating parser: tags are not matched here, and text keeps its entities until
 * {@link HtmlEntities} decodes them.
 */
final class HtmlTokenizer {

    sealed interface Token permits Start, End, Text {}

    record Start(String name, Map<String, String> attributes) implements Token {}

    record End(String name) implements Token {}

    record Text(String text) implements Token {}

    private final Reader in;
    private int peeked = -2;

    HtmlTokenizer(Reader in) {
        this.in = in;
    }

    /** The next token, or {@code null} at the end. */
    Token next() throws IOException {
        for (int c = read(); c >= 0; c = read()) {
            if (c != '<') {
                return text((char) c);
            }
            int after = peek();
            if (after == '/') {
                read();
                End end = new End(name(read()));
                skipPast(">");
                return end;
            }
            if (Character.isLetter(after)) {
                Start start = start(name(read()));
                if (start.name().equals("script") || start.name().equals("style")) {
                    skipPast("</" + start.name());
                }
                return start;
            }
            if (after == '!' || after == '?') {
                skipDeclaration();
            } else {
                return text('<');
            }
        }
        return null;
    }

    private Text text(char first) throws IOException {
        StringBuilder text = new StringBuilder().append(first);
        while (peek() >= 0 && peek() != '<') {
            text.append((char) read());
        }
        return new Text(HtmlEntities.decode(text.toString()));
    }

    private String name(int first) throws IOException {
        StringBuilder name = new StringBuilder().append((char) first);
        while (peek() >= 0 && peek() != '>' && peek() != '/' && !Character.isWhitespace(peek())) {
            name.append((char) read());
        }
        return name.toString().toLowerCase(Locale.ROOT);
    }

    /** The attributes up to the tag's {@code >}; values may be quoted with either quote, or bare. */
    private Start start(String name) throws IOException {
        Map<String, String> attributes = new HashMap<>();
        StringBuilder key = new StringBuilder();
        for (int c = read(); c >= 0 && c != '>'; c = read()) {
            if (c == '=') {
                attributes.put(key.toString().trim().toLowerCase(Locale.ROOT), value());
                key.setLength(0);
            } else if (Character.isWhitespace(c) || c == '/') {
                key.setLength(0);
            } else {
                key.append((char) c);
            }
        }
        return new Start(name, attributes);
    }

    private String value() throws IOException {
        int quote = peek();
        StringBuilder value = new StringBuilder();
        if (quote == '"' || quote == '\'') {
            read();
            for (int c = read(); c >= 0 && c != quote; c = read()) {
                value.append((char) c);
            }
        } else {
            while (peek() >= 0 && peek() != '>' && !Character.isWhitespace(peek())) {
                value.append((char) read());
            }
        }
        return HtmlEntities.decode(value.toString());
    }

    private void skipDeclaration() throws IOException {
        read(); // ! or ?
        if (peek() == '-') {
            skipPast("-->");
        } else {
            skipPast(">");
        }
    }

    /** Reads up to and including {@code end}, case-insensitively. */
    private void skipPast(String end) throws IOException {
        StringBuilder window = new StringBuilder(end.length() + 1);
        for (int c = read(); c >= 0; c = read()) {
            window.append(Character.toLowerCase((char) c));
            if (window.length() > end.length()) {
                window.deleteCharAt(0);
            }
            if (window.toString().equals(end)) {
                if (end.startsWith("</")) {
                    skipPast(">");
                }
                return;
            }
        }
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }

    private int read() throws IOException {
        int c = peek();
        peeked = -2;
        return c;
    }
}
