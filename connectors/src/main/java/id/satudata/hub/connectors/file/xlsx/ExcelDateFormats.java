package id.satudata.hub.connectors.file.xlsx;

/**
 * Whether a number format shows a date or time: Excel stores a date as a day count (45292 is 2024-01-01) and only its
 * format says it is one. The built-in date formats are ids 14-22 and 45-47 (and 27-36, 50-58 in East Asian
 * locales); a custom format is a date when it has a date or time letter outside quotes, escapes and brackets.
 */
final class ExcelDateFormats {

    private ExcelDateFormats() {}

    static boolean isDate(Integer formatId, String format) {
        if (formatId != null && isBuiltInDate(formatId)) {
            return true;
        }
        return format != null && hasDateLetter(format);
    }

    private static boolean isBuiltInDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    private static boolean hasDateLetter(String format) {
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++; // the next character is shown literally or is padding
            } else if (c == '[' || c == ']') {
                bracketed = c == '[';
            } else if (!bracketed && "yYmMdDhHsS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }
}
