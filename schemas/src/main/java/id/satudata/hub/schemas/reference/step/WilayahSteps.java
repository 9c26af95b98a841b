package id.satudata.hub.schemas.reference.step;

import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.RecordStep;
import id.satudata.hub.schemas.conform.RecordSteps;
import id.satudata.hub.schemas.conform.StepContext;
import id.satudata.hub.schemas.reference.CodeFormat;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The region-code checks a mapping can declare, over the reference sets a hub loaded:
 *
 * <ul>
 *   <li>{@value #CODE}: a code column is a code of the expected level (and under its parent column), written back
 *       dotted or compact;
 *   <li>{@value #NAME}: a name column is the name of the code column's region;
 *   <li>{@value #LOOKUP}: a name column, under a parent code column, gives the code of a field it fills;
 *   <li>{@value #TRANSLATE}: a BPS code column gives the Kemendagri code of a field it fills.
 * </ul>
 *
 * {@code schemas/CONFORM.md} documents the arguments. Without a {@code reference} argument a check uses the newest
 * Kemendagri set.
 */
public final class WilayahSteps implements RecordSteps {

    public static final String CODE = "wilayah-code";
    public static final String NAME = "wilayah-name";
    public static final String LOOKUP = "wilayah-lookup";
    public static final String TRANSLATE = "wilayah-translate";

    private final ReferenceSets sets;

    public WilayahSteps(ReferenceSets sets) {
        this.sets = sets;
    }

    @Override
    public List<String> names() {
        return List.of(CODE, NAME, LOOKUP, TRANSLATE);
    }

    @Override
    public RecordStep compile(CheckSpec spec, StepContext context) {
        return switch (spec.name()) {
            case CODE -> CodeStep.compile(context, this);
            case NAME -> NameStep.compile(context, this);
            case LOOKUP -> LookupStep.compile(context, this);
            case TRANSLATE -> TranslateStep.compile(context, this);
            default -> {
                context.problem(null, "unknown check '" + spec.name() + "'; use one of " + String.join(", ", names()));
                yield null;
            }
        };
    }

    /** The set an argument names, or the newest set of {@code system} when it is absent; reports what is missing. */
    ReferenceSet reference(StepContext context, String arg, CodeSystem system) {
        String name = context.text(arg, false, "a reference set name");
        var set = name == null ? sets.newest(system) : sets.named(name);
        if (set.isEmpty()) {
            String loaded = sets.all().stream().map(ReferenceSet::name).collect(Collectors.joining(", "));
            context.problem(
                    arg,
                    (name == null
                                    ? "no " + system.id() + " reference set is loaded to default to"
                                    : "no reference set is named '" + name + "'")
                            + "; loaded: " + (loaded.isEmpty() ? "none (configure hub.reference.wilayah)" : loaded));
            return null;
        }
        if (name != null && system == CodeSystem.BPS && set.get().system() != CodeSystem.BPS) {
            context.problem(
                    arg,
                    "reference set '" + name + "' holds " + set.get().system().id() + " codes, not bps");
            return null;
        }
        return set.get();
    }

    static Level level(StepContext context, String arg, boolean required) {
        String name = context.text(arg, required, "a level: " + String.join(", ", Level.ids()));
        Level level = name == null ? null : Level.named(name);
        if (name != null && level == null) {
            context.problem(arg, "unknown level '" + name + "'; use one of " + String.join(", ", Level.ids()));
        }
        return level;
    }

    static CodeFormat format(StepContext context, String arg) {
        String name = context.text(arg, false, "dotted or compact");
        CodeFormat format = name == null ? null : CodeFormat.named(name);
        if (name != null && format == null) {
            context.problem(arg, "unknown format '" + name + "'; use dotted (32.01) or compact (3201)");
        }
        return format;
    }
}
