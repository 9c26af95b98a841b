package id.satudata.hub.schemas.conform.transform;

import java.util.Set;

/**
 * {@code title}: Indonesian title case, {@code KABUPATEN BOGOR} to {@code Kabupaten Bogor} and {@code DINAS
 * PENDIDIKAN DAN KEBUDAYAAN} to {@code Dinas Pendidikan dan Kebudayaan}: as in Indonesian spelling rules (PUEBI),
 * function words such as {@code dan}, {@code di}, {@code ke}, {@code dari} stay lower case unless they open the
 * text. A letter after an apostrophe stays lower case ({@code Jum'at}).
 */
public final class TitleCase implements TextTransform {

    public static final TitleCase INSTANCE = new TitleCase();

    static final Set<String> FUNCTION_WORDS = Set.of(
            "dan",
            "atau",
            "di",
            "ke",
            "dari",
            "yang",
            "untuk",
            "pada",
            "dengan",
            "dalam",
            "oleh",
            "bagi",
            "serta",
            "tentang",
            "terhadap",
            "sebagai",
            "per");

    private TitleCase() {}

    @Override
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            appendWord(out, text.substring(i, end), i == 0);
            i = end;
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word, boolean first) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (!first && FUNCTION_WORDS.contains(lower)) {
            out.append(lower);
            return;
        }
        out.append(Character.toTitleCase(lower.charAt(0))).append(lower, 1, lower.length());
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
}
