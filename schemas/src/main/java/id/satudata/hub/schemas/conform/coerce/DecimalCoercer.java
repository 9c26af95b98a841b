package id.satudata.hub.schemas.conform.coerce;

import id.satudata.hub.schemas.conform.text.NumberSyntax;
import id.satudata.hub.schemas.conform.text.Text;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * To a {@code decimal(precision, scale)}: a {@code BigDecimal} with exactly the schema's scale. Never rounds:
 * a value with more decimal places, or more digits, than the schema allows is rejected, since a silently rounded
 * budget figure is worse than a quarantined row.
 */
final class DecimalCoercer implements Coercer {

    private final int precision;
    private final int scale;
    private final NumberSyntax syntax;
    private final BigDecimal factor;
    private final Failure notNumber;
    private final Failure tooManyPlaces;
    private final Failure tooManyDigits;

    DecimalCoercer(int precision, int scale, NumberSyntax syntax, BigDecimal factor) {
        this.precision = precision;
        this.scale = scale;
        this.syntax = syntax;
        this.factor = factor;
        String type = "decimal(" + precision + "," + scale + ")";
        this.notNumber = new Failure("decimal", "is not a number (expected " + syntax.numberHint() + ")");
        this.tooManyPlaces = new Failure(
                "decimal", "has more than " + scale + " decimal places (the field is " + type + "; it is not rounded)");
        this.tooManyDigits = new Failure(
                "decimal",
                "has more than " + (precision - scale) + " digits before the decimal point (the field is " + type
                        + ")");
    }

    @Override
    public Object coerce(Object value) {
        if (value instanceof String s) {
            BigDecimal parsed = syntax.parse(Text.strip(s));
            return parsed == null ? notNumber : fit(parsed);
        }
        if (value instanceof BigDecimal d) {
            return fit(d);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return fit(BigDecimal.valueOf(((Number) value).longValue()));
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? fit(new BigDecimal(value.toString())) : notNumber;
        }
        return value instanceof BigInteger b ? fit(new BigDecimal(b)) : notNumber;
    }

    private Object fit(BigDecimal parsed) {
        BigDecimal value = factor == null ? parsed : parsed.multiply(factor);
        if (value.scale() != scale) {
            if (value.scale() > scale) {
                value = value.stripTrailingZeros();
                if (value.scale() > scale) {
                    return tooManyPlaces;
                }
            }
            value = value.setScale(scale); // only adds zeros now, so it cannot round
        }
        return value.precision() > precision ? tooManyDigits : value;
    }
}
