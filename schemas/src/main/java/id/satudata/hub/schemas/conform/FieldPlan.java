package id.satudata.hub.schemas.conform;

import id.satudata.hub.schemas.conform.coerce.Coercer;
import id.satudata.hub.schemas.conform.coerce.Failure;
import id.satudata.hub.schemas.conform.text.Text;
import id.satudata.hub.schemas.conform.transform.TextTransform;
import java.nio.ByteBuffer;

/**
 * How one target field is filled, compiled: the source to read (or a constant value computed at compile
 * time), the text transforms, the coercer, and what a missing value becomes. Immutable.
 */
final class FieldPlan {

    static final Failure REQUIRED = new Failure("required", "");

    final int position;
    final String target;
    final String source;
    private final TextTransform[] transforms;
    private final Coercer coercer;
    private final boolean missingAllowed;
    private final Object missingValue;
    private final Object constant;

    private FieldPlan(FieldPlan plan, Object constant) {
        this(
                plan.position,
                plan.target,
                null,
                plan.transforms,
                plan.coercer,
                plan.missingAllowed,
                plan.missingValue,
                constant);
    }

    FieldPlan(
            int position,
            String target,
            String source,
            TextTransform[] transforms,
            Coercer coercer,
            boolean missingAllowed,
            Object missingValue,
            Object constant) {
        this.position = position;
        this.target = target;
        this.source = source;
        this.transforms = transforms;
        this.coercer = coercer;
        this.missingAllowed = missingAllowed;
        this.missingValue = missingValue;
        this.constant = constant;
    }

    /** The same plan filling the field with a value resolved once, at compile time. */
    FieldPlan withConstant(Object value) {
        return new FieldPlan(this, value);
    }

    /** The field's value for a raw value of its source, or a {@link Failure}. */
    Object conform(Object raw) {
        if (constant != null) {
            return copyOf(constant);
        }
        Object value = raw;
        if (transforms.length > 0) {
            String text = raw == null ? null : Text.of(raw);
            for (TextTransform transform : transforms) {
                text = transform.apply(text);
            }
            value = text;
        }
        if (value == null || (value instanceof String s && Text.isBlank(s))) {
            return missingAllowed ? copyOf(missingValue) : REQUIRED;
        }
        return coercer.coerce(value);
    }

    Violation violation(Object raw, Failure failure) {
        String rawText = raw == null ? null : Text.of(raw);
        String subject = "source field '" + source + "'";
        if (failure == REQUIRED) {
            String what =
                    rawText == null ? " is missing or empty" : " value '" + rawText + "' is blank after transforms";
            return new Violation(
                    target,
                    rawText,
                    failure.rule(),
                    subject + what + ", but field '" + target
                            + "' requires a value (it is not nullable and has no default)");
        }
        return new Violation(
                target, rawText, failure.rule(), subject + " value '" + rawText + "' " + failure.problem());
    }

    /** Byte buffers have a position; every record gets its own view. Other values are immutable. */
    private static Object copyOf(Object value) {
        return value instanceof ByteBuffer buffer ? buffer.duplicate() : value;
    }
}
