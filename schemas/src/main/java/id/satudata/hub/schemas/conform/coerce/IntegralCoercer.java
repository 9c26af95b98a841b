package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.NumberSyntax;
import id.satudata.hub.schemas.conform.text.Text;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * To {@code int} or {@code long}. Whole numbers only, but a float artefact ({@code 2019.0}) is accepted; with
 * {@code scale} the product must be whole too ({@code 451.3} x 1000 = 451300).
 */
final class IntegralCoercer implements Coercer {

    private final boolean isInt;
    private final NumberSyntax syntax;
    private final BigDecimal factor;
    private final long min;
    private final long max;
    private final BigDecimal minValue;
    private final BigDecimal maxValue;
    private final Failure notInteger;
    private final Failure fractional;
    private final Failure outOfRange;

    IntegralCoercer(boolean isInt, NumberSyntax syntax, BigDecimal factor) {
        this.isInt = isInt;
        this.syntax = syntax;
        this.factor = factor;
        this.min = isInt ? Integer.MIN_VALUE : Long.MIN_VALUE;
        this.max = isInt ? Integer.MAX_VALUE : Long.MAX_VALUE;
        this.minValue = BigDecimal.valueOf(min);
        this.maxValue = BigDecimal.valueOf(max);
        String rule = isInt ? "int" : "long";
        this.notInteger = new Failure(rule, "is not an integer (expected " + syntax.integerHint() + ")");
        this.fractional = new Failure(rule, "has a fractional part (expected a whole number)");
        this.outOfRange =
                new Failure(rule, "is out of range (expected a whole number from " + min + " to " + max + ")");
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof String s) {
            String text = Text.strip(s);
            long simple = factor == null ? syntax.parseSimpleLong(text) : NumberSyntax.NOT_SIMPLE;
            if (simple != NumberSyntax.NOT_SIMPLE) {
                return box(simple);
            }
            BigDecimal parsed = syntax.parse(text);
            return parsed == null ? notInteger : fromDecimal(parsed);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            long whole = ((Number) value).longValue();
            return factor == null ? box(whole) : fromDecimal(BigDecimal.valueOf(whole));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? fromDecimal(BigDecimal.valueOf(d)) : notInteger;
        }
        if (value instanceof BigDecimal d) {
            return fromDecimal(d);
        }
        return value instanceof BigInteger b ? fromDecimal(new BigDecimal(b)) : notInteger;
    }

    private Object fromDecimal(BigDecimal parsed) {
        BigDecimal value = factor == null ? parsed : parsed.multiply(factor);
        if (value.scale() > 0) {
            value = value.stripTrailingZeros();
            if (value.scale() > 0) {
                return factor == null ? fractional : notWholeAfterScale(value);
            }
        }
        if (value.compareTo(minValue) < 0 || value.compareTo(maxValue) > 0) {
            return outOfRange;
        }
        return box(value.longValueExact());
    }

    private Failure notWholeAfterScale(BigDecimal product) {
        return new Failure(
                "scale",
                "multiplied by " + factor.toPlainString() + " is " + product.toPlainString()
                        + ", not a whole number (expected at most "
                        + Math.max(0, -factor.stripTrailingZeros().scale())
                        + " decimal places before scaling)");
    }

    private Object box(long value) {
        if (value < min || value > max) {
            return outOfRange;
        }
        if (isInt) {
            return Integer.valueOf((int) value); // not a ternary: that would promote the Integer to a Long
        }
        return Long.valueOf(value);
    }
}
