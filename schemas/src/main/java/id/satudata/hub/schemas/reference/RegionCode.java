package id.satudata.hub.schemas.reference;

import id.satudata.hub.schemas.conform.text.Text;

/**
 * Reads a region code as agencies write it into the compact digits a reference set is keyed by: dotted
 * ({@code 32.01.02.2001}) or compact ({@code 3201022001}), with the float artefacts of spreadsheet exports
 * ({@code 3201.0}, {@code 3201190006.0}), surrounding spaces, and dotted segments that lost a leading zero
 * ({@code 32.1.2.2001} is {@code 32.01.02.2001}). Pure and allocation-light: it runs once per checked value.
 */
public final class RegionCode {

    private RegionCode() {}

    /** The compact code, or {@code null} when the text is no code of the system at any level. */
    public static String compact(String raw, CodeSystem system) {
        if (raw == null) {
            return null;
        }
        String text = Text.strip(raw);
        int artefact = Text.floatArtefactStart(text);
        if (artefact > 0 && allDigits(text, 0, artefact)) {
            text = text.substring(0, artefact);
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf('.') < 0) {
            return allDigits(text, 0, text.length()) && system.levelOf(text) != null ? text : null;
        }
        return fromDotted(text, system);
    }

    private static String fromDotted(String text, CodeSystem system) {
        StringBuilder out = new StringBuilder(10);
        Level level = Level.PROVINSI;
        int start = 0;
        while (true) {
            int end = text.indexOf('.', start);
            int stop = end < 0 ? text.length() : end;
            int width = level == null ? 0 : system.width(level);
            int digits = stop - start;
            if (level == null || digits == 0 || digits > width || !allDigits(text, start, stop)) {
                return null;
            }
            out.append("0".repeat(width - digits)).append(text, start, stop);
            if (end < 0) {
                return out.toString();
            }
            start = end + 1;
            level = level.child();
        }
    }

    private static boolean allDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Text.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }
}
