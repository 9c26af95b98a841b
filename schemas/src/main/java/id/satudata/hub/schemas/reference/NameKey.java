package id.satudata.hub.schemas.reference;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comparable form of a region name, so that the spellings agencies use meet the reference's: case, spacing
 * ({@code Pal Merah} = {@code Palmerah}, {@code BOJONG KULUR} = {@code Bojongkulur}), trailing spaces, apostrophe
 * variants ({@code ’} = {@code '}) and punctuation do not count. The administrative prefix of a province
 * ({@code Provinsi}, {@code DKI}, {@code Daerah Istimewa}, ...) or of a kabupaten/kota ({@code Kabupaten},
 * {@code Kab.}, {@code Kota}, {@code Kota Adm.}, {@code Kota Administrasi}, ...) is dropped from the key but kept
 * as the {@link RegionKind}, because Kota Bogor and Kabupaten Bogor share a name. A Roman numeral word after the
 * first is its number ({@code Cibatok I} = {@code CIBATOK 1}). Village and kecamatan names keep
 * every word: {@code Desa Baru} is a real village name.
 *
 * @param key upper-case letters and digits only
 * @param kind what a kabupaten/kota prefix said, else {@code null}
 */
public record NameKey(String key, RegionKind kind) {

    /** A numbering word after the first: {@code Cibatok I} is written {@code CIBATOK 1} as well. */
    private static final Map<String, String> ROMAN = Map.of(
            "I", "1", "II", "2", "III", "3", "IV", "4", "V", "5", "VI", "6", "VII", "7", "VIII", "8", "IX", "9", "X",
            "10");

    private static final Set<String> KABUPATEN = Set.of("KABUPATEN", "KAB.", "KAB");
    private static final Set<String> ADMINISTRATIVE = Set.of("ADMINISTRASI", "ADM.", "ADM");
    private static final Set<String> PROVINCE = Set.of("PROVINSI", "PROV.", "PROV");
    private static final List<List<String>> SPECIAL_PROVINCE = List.of(
            List.of("DAERAH", "KHUSUS", "IBUKOTA"),
            List.of("DAERAH", "KHUSUS"),
            List.of("DAERAH", "ISTIMEWA"),
            List.of("DKI"),
            List.of("D.K.I."),
            List.of("DI"),
            List.of("D.I."));

    /** The key of a name at a level. */
    public static NameKey of(String name, Level level) {
        String[] words = words(name);
        int first = 0;
        RegionKind kind = null;
        if (level == Level.PROVINSI) {
            first = skip(words, first, PROVINCE);
            for (List<String> prefix : SPECIAL_PROVINCE) {
                if (startsWith(words, first, prefix)) {
                    first += prefix.size();
                    break;
                }
            }
        } else if (level == Level.KABUPATEN_KOTA && words.length > 1) {
            kind = KABUPATEN.contains(words[0])
                    ? RegionKind.KABUPATEN
                    : "KOTA".equals(words[0]) ? RegionKind.KOTA : null;
            first = kind == null ? 0 : skip(words, 1, ADMINISTRATIVE);
        }
        if (first >= words.length) {
            first = 0; // the name is nothing but a prefix: compare it whole
            kind = null;
        }
        StringBuilder key = new StringBuilder(name.length());
        for (int i = first; i < words.length; i++) {
            String word = level == Level.KABUPATEN_KOTA && "KEP.".equals(words[i]) ? "KEPULAUAN" : words[i];
            word = i > first ? ROMAN.getOrDefault(word, word) : word;
            for (int c = 0; c < word.length(); c++) {
                char ch = word.charAt(c);
                if (Character.isLetterOrDigit(ch)) {
                    key.append(ch);
                }
            }
        }
        return new NameKey(key.toString(), kind);
    }

    /** Whether a region of the given kind can be what this name means. */
    public boolean admits(RegionKind regionKind) {
        return kind == null || regionKind == null || kind == regionKind;
    }

    /** Upper-case words; every run of whitespace (no-break spaces too) separates. */
    private static String[] words(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        StringBuilder clean = new StringBuilder(upper.length());
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space) {
                clean.append(c);
            } else if (clean.length() > 0 && clean.charAt(clean.length() - 1) != ' ') {
                clean.append(' ');
            }
        }
        String text = clean.toString().strip();
        return text.isEmpty() ? new String[0] : text.split(" ");
    }

    private static int skip(String[] words, int at, Set<String> optional) {
        return at < words.length - 1 && optional.contains(words[at]) ? at + 1 : at;
    }

    private static boolean startsWith(String[] words, int at, List<String> prefix) {
        if (words.length - at <= prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!prefix.get(i).equals(words[at + i])) {
                return false;
            }
        }
        return true;
    }
}
