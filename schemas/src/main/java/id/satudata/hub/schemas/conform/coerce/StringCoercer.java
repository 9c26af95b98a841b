package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.Text;

/**
 * To {@code string}: text as is (transforms do the cleaning), typed values as their plain text. With parse
 * {@code code: true}, a numeric code exported as a float ({@code 3201.0}, {@code 3201190006.0}) loses the artefact.
 */
final class StringCoercer implements Coercer {

    private static final Failure NOT_TEXT =
            new Failure("string", "is not a text or scalar value (expected a string, number or boolean)");

    private final boolean code;

    StringCoercer(boolean code) {
        this.code = code;
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof String s) {
            return code ? withoutFloatArtefact(s) : s;
        }
        if (value instanceof Number
                || value instanceof Boolean
                || value instanceof CharSequence
                || value instanceof java.time.temporal.Temporal) { // a database's date or time: its ISO-8601 form
            String text = Text.of(value instanceof CharSequence cs ? cs.toString() : value);
            return code ? withoutFloatArtefact(text) : text;
        }
        return NOT_TEXT;
    }

    static String withoutFloatArtefact(String s) {
        int artefact = Text.floatArtefactStart(s);
        if (artefact < 0) {
            return s;
        }
        for (int i = 0; i < artefact; i++) {
            if (!Text.isDigit(s.charAt(i))) {
                return s;
            }
        }
        return s.substring(0, artefact);
    }
}
