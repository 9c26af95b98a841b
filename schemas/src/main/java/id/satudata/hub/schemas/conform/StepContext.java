package id.satudata.hub.schemas.conform;

import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * What a {@link RecordSteps} catalogue needs to compile one declared check: its arguments, read and validated against
 * the dataset schema, with every problem reported at the check's path ({@code checks[2].level}).
 */
public final class StepContext {

    private final Schema schema;
    private final CheckSpec spec;
    private final String path;
    private final Problems problems;

    StepContext(Schema schema, CheckSpec spec, String path, Problems problems) {
        this.schema = schema;
        this.spec = spec;
        this.path = path;
        this.problems = problems;
    }

    /** Reports a problem of one argument, or of the whole check when {@code arg} is {@code null}. */
    public void problem(String arg, String message) {
        problems.add(arg == null ? path : path + "." + arg, message);
    }

    /** How many problems the whole mapping has so far: a compiler compares before and after its checks. */
    public int problemCount() {
        return problems.count();
    }

    /** Reports every argument the check does not take. */
    public void allowOnly(List<String> args) {
        for (String arg : spec.args().keySet()) {
            if (!args.contains(arg)) {
                problem(
                        arg,
                        "'" + spec.name() + "' has no argument '" + arg + "'; its arguments are "
                                + String.join(", ", args));
            }
        }
    }

    /** An argument's text; {@code null} when absent (reported when required). */
    public String text(String arg, boolean required, String expected) {
        String value = spec.args().get(arg);
        if (value == null || value.isBlank()) {
            if (required) {
                problem(arg, "missing: '" + spec.name() + "' needs " + expected);
            }
            return null;
        }
        return value;
    }

    /** The schema field an argument names; {@code null} when absent (reported when required) or unknown. */
    public Schema.Field field(String arg, boolean required) {
        String name = text(arg, required, "a field of the dataset schema");
        if (name == null) {
            return null;
        }
        Schema.Field field = schema.getField(name);
        if (field == null) {
            problem(arg, "schema " + schema.getFullName() + " has no field '" + name + "'");
        }
        return field;
    }

    /** Like {@link #field}, for a field the step writes: it must be a string (or nullable string) field. */
    public Schema.Field stringField(String arg, boolean required) {
        Schema.Field field = field(arg, required);
        Schema type = field == null ? null : FieldTypes.nonNull(field.schema());
        if (field != null && (type == null || type.getType() != Schema.Type.STRING)) {
            problem(arg, "field '" + field.name() + "' must be a string to hold a region code, not " + field.schema());
            return null;
        }
        return field;
    }

    /** Whether a field may stay empty ({@code ["null", T]}): a step that cannot fill it then leaves it null. */
    public static boolean isNullable(Schema.Field field) {
        return FieldTypes.isNullable(field.schema());
    }

    public Map<String, String> args() {
        return spec.args();
    }
}
