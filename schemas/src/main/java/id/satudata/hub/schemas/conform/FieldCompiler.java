package id.satudata.hub.schemas.conform;

import id.satudata.hub.schemas.conform.coerce.Coercer;
import id.satudata.hub.schemas.conform.coerce.Coercers;
import id.satudata.hub.schemas.conform.coerce.Failure;
import id.satudata.hub.schemas.conform.coerce.TargetType;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Compiles the mapping of one schema field into a {@link FieldPlan}, reporting every problem it finds; a
 * constant, and the value of a {@code default} transform, are conformed here once, so they cannot fail later.
 */
final class FieldCompiler {

    private static final String SUPPORTED = "string, int, long, float, double, boolean, bytes, enum, decimal, date, "
            + "timestamp-millis, timestamp-micros, and [\"null\", one of those]";

    private FieldCompiler() {}

    /** The plan, or {@code null} when the field has problems (all of them added). */
    static FieldPlan compile(Schema.Field field, FieldSpec spec, Problems problems) {
        String name = field.name();
        int before = problems.count();
        Schema valueSchema = FieldTypes.nonNull(field.schema());
        TargetType type = valueSchema == null ? null : TargetType.of(valueSchema);
        if (type == null) {
            problems.add(
                    name,
                    "the conform engine cannot fill a field of type " + field.schema() + "; supported: " + SUPPORTED);
        }
        checkSourceAndConstant(name, spec, problems);
        TransformCompiler.Compiled transforms = TransformCompiler.compile(name, type, spec.transforms(), problems);
        if (type != null) {
            ParseOptionsCheck.check(name, type, spec.parse(), problems);
        }
        if (problems.count() > before) {
            return null;
        }
        Coercer coercer = Coercers.create(type, valueSchema, spec.parse(), transforms.factor());
        boolean missingAllowed = field.hasDefaultValue() || FieldTypes.isNullable(field.schema());
        Object missingValue = field.hasDefaultValue() ? FieldTypes.defaultValue(field) : null;
        String source = spec.constant() == null ? spec.source() : null;
        FieldPlan plan = new FieldPlan(
                field.pos(), name, source, transforms.text(), coercer, missingAllowed, missingValue, null);
        checkDefaultTransform(name, spec.transforms(), plan, problems);
        return spec.constant() == null ? plan : constantPlan(name, spec.constant(), plan, problems);
    }

    private static void checkSourceAndConstant(String name, FieldSpec spec, Problems problems) {
        if (spec.source() != null && spec.constant() != null) {
            problems.add(name, "give either 'source' or 'constant', not both");
        } else if (spec.source() == null && spec.constant() == null) {
            problems.add(name, "give 'source' (the source field to read, e.g. source: " + name + ") or 'constant'");
        } else if (spec.source() != null && spec.source().isBlank()) {
            problems.add(name + ".source", "is empty; name the source field to read");
        }
    }

    private static FieldPlan constantPlan(String name, String constant, FieldPlan plan, Problems problems) {
        Object value = plan.conform(constant);
        if (value instanceof Failure failure) {
            problems.add(name + ".constant", describe("constant '" + constant + "'", failure));
            return null;
        }
        return plan.withConstant(value);
    }

    /** Conforming a missing value runs the {@code default} transform and what follows it: it must conform too. */
    private static void checkDefaultTransform(
            String name, List<TransformSpec> specs, FieldPlan plan, Problems problems) {
        int at = -1;
        for (int i = 0; i < specs.size(); i++) {
            at = "default".equals(specs.get(i).name()) ? i : at;
        }
        if (at >= 0 && plan.conform(null) instanceof Failure failure) {
            String value = specs.get(at).args().get("value");
            problems.add(name + ".transforms[" + at + "].value", describe("default '" + value + "'", failure));
        }
    }

    private static String describe(String subject, Failure failure) {
        return failure == FieldPlan.REQUIRED
                ? subject + " is blank, but the field requires a value"
                : subject + " " + failure.problem();
    }
}
