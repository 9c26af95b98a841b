package id.satudata.hub.schemas.conform.transform;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every transform a mapping can name, with its declared arguments: the compiler validates a declaration against
 * these before calling {@link #create}, so each problem can be reported with its path.
 */
public enum TransformKind {
    TRIM("trim", List.of(), args -> Trim.INSTANCE),
    COLLAPSE_SPACES("collapse-spaces", List.of(), args -> CollapseSpaces.INSTANCE),
    UPPER("upper", List.of(), args -> UpperCase.INSTANCE),
    LOWER("lower", List.of(), args -> LowerCase.INSTANCE),
    TITLE("title", List.of(), args -> TitleCase.INSTANCE),
    REPLACE(
            "replace",
            List.of(
                    TransformArg.required("from", "the literal text to find")
                            .checkedBy(v -> v.isEmpty() ? "must not be empty" : null),
                    TransformArg.optional("to", "the text to put instead (default: nothing)")),
            args -> new Replace(args.get("from"), args.get("to"))),
    SCALE(
            "scale",
            List.of(TransformArg.required("value", "the factor, such as 1000 or 0.001")
                    .checkedBy(TransformKind::checkFactor)),
            args -> new Scale(new BigDecimal(args.get("value").strip()))),
    DEFAULT(
            "default",
            List.of(TransformArg.required("value", "the value used when the source field is empty")),
            args -> new DefaultValue(args.get("value")));

    private final String id;
    private final List<TransformArg> args;
    private final Function<Map<String, String>, Transform> factory;

    TransformKind(String id, List<TransformArg> args, Function<Map<String, String>, Transform> factory) {
        this.id = id;
        this.args = args;
        this.factory = factory;
    }

    /** The kind a mapping names, or {@code null} when there is none of that name. */
    public static TransformKind named(String name) {
        return Arrays.stream(values())
                .filter(k -> k.id.equals(name))
                .findFirst()
                .orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(TransformKind::id).toList();
    }

    /** The name as written in a mapping, e.g. {@code collapse-spaces}. */
    public String id() {
        return id;
    }

    public List<TransformArg> args() {
        return args;
    }

    /** Builds the transform from arguments that passed {@link #args()}'s checks. */
    public Transform create(Map<String, String> args) {
        return factory.apply(args);
    }

    private static String checkFactor(String value) {
        try {
            return new BigDecimal(value.strip()).signum() == 0 ? "must not be zero" : null;
        } catch (NumberFormatException e) {
            return "'" + value + "' is not a number; give a factor such as 1000 or 0.001";
        }
    }
}
