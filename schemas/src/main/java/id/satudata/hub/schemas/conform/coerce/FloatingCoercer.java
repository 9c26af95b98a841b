package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.NumberSyntax;
import id.satudata.hub.schemas.conform.text.Text;
import java.math.BigDecimal;

/** To {@code float} or {@code double}, from text in the field's number syntax or from a typed number. */
final class FloatingCoercer implements Coercer {

    private final boolean isFloat;
    private final NumberSyntax syntax;
    private final BigDecimal factor;
    private final Failure notNumber;
    private final Failure outOfRange;

    FloatingCoercer(boolean isFloat, NumberSyntax syntax, BigDecimal factor) {
        this.isFloat = isFloat;
        this.syntax = syntax;
        this.factor = factor;
        this.notNumber = new Failure("number", "is not a number (expected " + syntax.numberHint() + ")");
        this.outOfRange = new Failure("number", "is too large for a " + (isFloat ? "float" : "double"));
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof String s) {
            BigDecimal parsed = syntax.parse(Text.strip(s));
            return parsed == null ? notNumber : fromDecimal(parsed);
        }
        if (value instanceof BigDecimal d) {
            return fromDecimal(d);
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return notNumber;
            }
            return factor == null ? box(d) : fromDecimal(new BigDecimal(n.toString()));
        }
        return notNumber;
    }

    private Object fromDecimal(BigDecimal parsed) {
        return box((factor == null ? parsed : parsed.multiply(factor)).doubleValue());
    }

    private Object box(double value) {
        if (isFloat) {
            float f = (float) value;
            return Float.isInfinite(f) ? outOfRange : Float.valueOf(f);
        }
        return Double.isInfinite(value) ? outOfRange : Double.valueOf(value);
    }
}
