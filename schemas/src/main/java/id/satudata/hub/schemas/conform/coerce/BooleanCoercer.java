package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.BooleanWords;
import id.satudata.hub.schemas.conform.text.Text;

/** To {@code boolean}, from the field's true and false words, a JSON boolean, or the numbers 1 and 0. */
final class BooleanCoercer implements Coercer {

    private final BooleanWords words;
    private final Failure notBoolean;

    BooleanCoercer(BooleanWords words) {
        this.words = words;
        this.notBoolean = new Failure("boolean", "is not a yes/no value (expected " + words.hint() + ")");
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof String s) {
            Boolean parsed = words.parse(Text.strip(s));
            return parsed == null ? notBoolean : parsed;
        }
        if (value instanceof Integer || value instanceof Long) {
            long n = ((Number) value).longValue();
            return n == 1 ? Boolean.TRUE : n == 0 ? Boolean.FALSE : notBoolean;
        }
        return notBoolean;
    }
}
