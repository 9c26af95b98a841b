package id.satudata.hub.schemas.conform;

import id.satudata.hub.schemas.conform.coerce.TargetType;
import id.satudata.hub.schemas.conform.transform.Scale;
import id.satudata.hub.schemas.conform.transform.TextTransform;
import id.satudata.hub.schemas.conform.transform.Transform;
import id.satudata.hub.schemas.conform.transform.TransformArg;
import id.satudata.hub.schemas.conform.transform.TransformKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks a field's declared transforms against {@link TransformKind} and builds them. */
final class TransformCompiler {

    /** The text transforms in order, and the product of the {@code scale} factors ({@code null} without any). */
    record Compiled(TextTransform[] text, BigDecimal factor) {}

    private TransformCompiler() {}

    static Compiled compile(String field, TargetType type, List<TransformSpec> specs, Problems problems) {
        List<TextTransform> text = new ArrayList<>();
        BigDecimal factor = null;
        for (int i = 0; i < specs.size(); i++) {
            String path = field + ".transforms[" + i + "]";
            Transform transform = create(path, specs.get(i), problems);
            if (transform instanceof Scale scale) {
                if (type != null && !TargetType.NUMERIC.contains(type)) {
                    problems.add(
                            path,
                            "scale applies to numeric fields (int, long, float, double, decimal), not to a field of type "
                                    + type.label());
                }
                factor = factor == null ? scale.factor() : factor.multiply(scale.factor());
            } else if (transform instanceof TextTransform t) {
                text.add(t);
            }
        }
        return new Compiled(text.toArray(TextTransform[]::new), factor);
    }

    private static Transform create(String path, TransformSpec spec, Problems problems) {
        TransformKind kind = TransformKind.named(spec.name());
        if (kind == null) {
            problems.add(
                    path,
                    "unknown transform '" + spec.name() + "'; use one of " + String.join(", ", TransformKind.names()));
            return null;
        }
        int before = problems.count();
        List<String> declared = kind.args().stream().map(TransformArg::name).toList();
        for (String arg : spec.args().keySet()) {
            if (!declared.contains(arg)) {
                problems.add(
                        path + "." + arg,
                        "'" + kind.id() + "' has no argument '" + arg + "'; "
                                + (declared.isEmpty()
                                        ? "it takes none"
                                        : "its arguments are " + String.join(", ", declared)));
            }
        }
        for (TransformArg arg : kind.args()) {
            String value = spec.args().get(arg.name());
            String problem = value == null
                    ? (arg.required() ? "missing: '" + kind.id() + "' needs " + arg.doc() : null)
                    : arg.check().apply(value);
            if (problem != null) {
                problems.add(path + "." + arg.name(), problem);
            }
        }
        return problems.count() == before ? kind.create(spec.args()) : null;
    }
}
