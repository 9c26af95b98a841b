package id.satudata.hub.schemas.conform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;

/**
 * The entry point of the conform engine: compiles a declared {@link MappingSpec} against a dataset's Avro schema
 * into an immutable, thread-safe {@link Conformer}.
 *
 * <p>Each schema field is filled from its {@link FieldSpec} (or, without one, from the source field of the same
 * name): the raw value goes through the {@link TransformSpec transforms} in order ({@code trim},
 * {@code collapse-spaces}, {@code upper}, {@code lower}, {@code title}, {@code replace}, {@code default}; and
 * {@code scale}, which multiplies the parsed number), then is parsed to the field's type with its parse options:
 *
 * <ul>
 *   <li>{@code number}: {@code plain} (default, {@code 1234.56}), {@code id} ({@code 1.234,56}) or {@code en}
 *       ({@code 1,234.56}), for int, long, float, double and decimal; {@code 2019.0} is a whole number;
 *   <li>{@code code: true}: for strings, drops float artefacts from numeric codes ({@code 3201.0} is {@code 3201});
 *   <li>{@code date}: a pattern such as {@code dd/MM/yyyy}, {@code d MMMM yyyy} (Indonesian or English month
 *       names), {@code MMM yyyy}, {@code yyyyMM} or {@code yyyy}, for date (and timestamp) fields; default
 *       {@code yyyy-MM-dd};
 *   <li>{@code timestamp} ({@code iso}, {@code epoch-millis}, {@code epoch-seconds} or a {@code java.time}
 *       pattern) and {@code zone} (default {@code Asia/Jakarta}), for timestamp fields;
 *   <li>{@code true} and {@code false}: comma-separated words, for boolean fields (default true/ya/y/yes/1 and
 *       false/tidak/n/no/0);
 *   <li>{@code bytes}: {@code utf8} (default) or {@code base64}, for bytes fields.
 * </ul>
 *
 * A value that does not conform becomes a {@link Violation} with a stable rule name ({@code required},
 * {@code int}, {@code long}, {@code number}, {@code decimal}, {@code scale}, {@code boolean}, {@code enum},
 * {@code date}, {@code timestamp}, {@code bytes}, {@code string}). {@code schemas/CONFORM.md} is the full
 * reference, with examples. Record-level {@link MappingSpec#checks() checks} (such as the region-code checks of
 * {@code id.satudata.hub.schemas.reference.step}) run after the fields, in declared order.
 */
public final class MappingCompiler {

    private MappingCompiler() {}

    /**
     * Validates the whole mapping against the schema and compiles it.
     *
     * @throws InvalidMappingException listing every problem found, not only the first
     */
    public static Conformer compile(Schema schema, MappingSpec mapping) throws InvalidMappingException {
        return compile(schema, mapping, RecordSteps.none());
    }

    /**
     * Like {@link #compile(Schema, MappingSpec)}, with the record-level checks ({@link MappingSpec#checks()}) compiled
     * by {@code steps}, for instance the region-code checks over loaded reference data.
     *
     * @throws InvalidMappingException listing every problem found, not only the first
     */
    public static Conformer compile(Schema schema, MappingSpec mapping, RecordSteps steps)
            throws InvalidMappingException {
        if (schema.getType() != Schema.Type.RECORD) {
            throw new InvalidMappingException(
                    List.of(new MappingProblem("", "the schema must be an Avro record, not " + schema.getType())));
        }
        Problems problems = new Problems();
        Map<String, FieldSpec> specs = mapping.fields();
        for (String target : specs.keySet()) {
            if (schema.getField(target) == null) {
                problems.add(
                        target,
                        "schema " + schema.getFullName() + " has no field '" + target + "'; its fields are "
                                + schema.getFields().stream()
                                        .map(Schema.Field::name)
                                        .collect(Collectors.joining(", ")));
            }
        }
        RecordStep[] checks = CheckCompiler.compile(schema, mapping, steps, problems);
        Set<String> filled = mapping.filledByChecks();
        List<FieldPlan> plans = new ArrayList<>();
        for (Schema.Field field : schema.getFields()) {
            if (filled.contains(field.name())) {
                continue;
            }
            FieldSpec spec =
                    specs.containsKey(field.name()) ? specs.get(field.name()) : FieldSpec.fromSource(field.name());
            if (spec == null) {
                problems.add(field.name(), "the mapping is empty; give 'source' or 'constant'");
            } else {
                plans.add(FieldCompiler.compile(field, spec, problems));
            }
        }
        problems.throwIfAny();
        return new CompiledConformer(schema, plans.toArray(FieldPlan[]::new), checks);
    }

    /**
     * The distinct source fields the compiled mapping reads, in schema order; a file's header can be checked
     * against them before any row is read. Constant fields, and fields a check fills, read nothing.
     */
    public static List<String> sourceFields(MappingSpec mapping, Schema schema) {
        Set<String> names = new LinkedHashSet<>();
        for (Schema.Field field : schema.getFields()) {
            if (mapping.filledByChecks().contains(field.name())) {
                continue;
            }
            FieldSpec spec = mapping.fields().containsKey(field.name())
                    ? mapping.fields().get(field.name())
                    : FieldSpec.fromSource(field.name());
            if (spec != null && spec.constant() == null && spec.source() != null) {
                names.add(spec.source());
            }
        }
        return List.copyOf(names);
    }
}
