package id.satudata.hub.schemas.conform.text;

/**
 * Month names as Indonesian and English sources write them, full or abbreviated, matched case-insensitively:
 * {@code Januari}, {@code Jan}, {@code Agustus}, {@code Agu}, {@code Agt}, {@code Ags}, {@code Des},
 * {@code December}... The old spellings {@code Pebruari} and {@code Nopember} still appear in agency files.
 */
public final class MonthNames {

    /** Per month: the Indonesian full and short name first (used in messages), then every other spelling. */
    private static final String[][] NAMES = {
        {"januari", "jan", "january"},
        {"februari", "feb", "pebruari", "february", "peb"},
        {"maret", "mar", "march"},
        {"april", "apr"},
        {"mei", "mei", "may"},
        {"juni", "jun", "june"},
        {"juli", "jul", "july"},
        {"agustus", "agu", "agt", "ags", "august", "aug"},
        {"september", "sep", "sept"},
        {"oktober", "okt", "october", "oct"},
        {"november", "nov", "nopember", "nop"},
        {"desember", "des", "december", "dec"},
    };

    private MonthNames() {}

    /** The Indonesian name of a month (1-12), full ({@code Januari}) or short ({@code Jan}). */
    public static String name(int month, boolean full) {
        String name = NAMES[month - 1][full ? 0 : 1];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The month (1-12) named by {@code s[from, to)}, or 0 when no month has that name. */
    public static int month(String s, int from, int to) {
        int length = to - from;
        for (int m = 0; m < NAMES.length; m++) {
            for (String name : NAMES[m]) {
                if (name.length() == length && s.regionMatches(true, from, name, 0, length)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }
}
