package id.satudata.hub.schemas.conform.text;

import java.util.Arrays;
import java.util.List;

/** The words a source uses for true and false (parse keys {@code true}, {@code false}), matched ignoring case. */
public final class BooleanWords {

    public static final List<String> DEFAULT_TRUE = List.of("true", "ya", "y", "yes", "1");
    public static final List<String> DEFAULT_FALSE = List.of("false", "tidak", "n", "no", "0");

    private final String[] trueWords;
    private final String[] falseWords;

    public BooleanWords(List<String> trueWords, List<String> falseWords) {
        this.trueWords = trueWords.toArray(String[]::new);
        this.falseWords = falseWords.toArray(String[]::new);
    }

    /** A comma-separated word list as written in a mapping: {@code "ada, aktif"}. Blank entries are dropped. */
    public static List<String> list(String words) {
        return Arrays.stream(words.split(","))
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
    }

    /** {@code TRUE}, {@code FALSE}, or {@code null} when the text is neither. */
    public Boolean parse(String s) {
        if (matches(trueWords, s)) {
            return Boolean.TRUE;
        }
        return matches(falseWords, s) ? Boolean.FALSE : null;
    }

    private static boolean matches(String[] words, String s) {
        for (String word : words) {
            if (word.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    public String hint() {
        return String.join("/", trueWords) + " or " + String.join("/", falseWords);
    }
}
