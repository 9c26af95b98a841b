package id.satudata.hub.schemas.reference.step;

import id.satudata.hub.schemas.conform.RecordStep;
import id.satudata.hub.schemas.conform.StepContext;
import id.satudata.hub.schemas.conform.Violation;
import id.satudata.hub.schemas.reference.Candidates;
import id.satudata.hub.schemas.reference.CodeFormat;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.NearestNames;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionCode;
import id.satudata.hub.schemas.reference.RegionIndex;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * {@code wilayah-lookup}: fills a code field from a name field, looked up at a level under the code of a parent field
 * (or in the whole level without one). Village names repeat ({@code Sidomulyo} names 98 villages), so a name that
 * matches several regions is rejected with all of them (rule {@code wilayah-ambiguous}), and one that matches none
 * with the nearest names in its scope (rule {@code wilayah-unmatched}); neither is ever guessed.
 */
final class LookupStep implements RecordStep {

    static final List<String> ARGS = List.of("field", "level", "parent", "into", "reference", "format");

    private final Schema.Field name;
    private final Level level;
    private final Schema.Field parent;
    private final Schema.Field into;
    private final ReferenceSet set;
    private final CodeFormat format;

    private LookupStep(
            Schema.Field name,
            Level level,
            Schema.Field parent,
            Schema.Field into,
            ReferenceSet set,
            CodeFormat format) {
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.into = into;
        this.set = set;
        this.format = format;
    }

    static RecordStep compile(StepContext context, WilayahSteps steps) {
        int before = context.problemCount();
        context.allowOnly(ARGS);
        Schema.Field name = context.field("field", true);
        Level level = WilayahSteps.level(context, "level", true);
        Schema.Field parent = context.field("parent", false);
        Schema.Field into = context.stringField("into", true);
        ReferenceSet set = steps.reference(context, "reference", CodeSystem.KEMENDAGRI);
        CodeFormat format = WilayahSteps.format(context, "format");
        if (level == Level.PROVINSI && parent != null) {
            context.problem("parent", "a provinsi has no parent; leave 'parent' out");
        }
        return context.problemCount() > before
                ? null
                : new LookupStep(name, level, parent, into, set, format == null ? CodeFormat.DOTTED : format);
    }

    @Override
    public Violation apply(GenericData.Record record) {
        String nameRaw = StepValues.text(record, name);
        String parentRaw = parent == null ? null : StepValues.text(record, parent);
        if (nameRaw == null || (parent != null && parentRaw == null)) {
            return StepValues.unfilled(into, "wilayah-lookup", nameRaw == null ? name : parent);
        }
        RegionIndex regions = set.regions();
        String scope = parent == null ? null : RegionCode.compact(parentRaw, set.system());
        List<Region> parents = scope == null ? List.of() : regions.byCode(scope);
        if (parent != null && (parents.isEmpty() || parents.get(0).level().child() != level)) {
            return violation(
                    nameRaw,
                    "wilayah-unmatched",
                    "cannot be looked up: field '" + parent.name() + "' value '"
                            + parentRaw + "' is not a " + Level.values()[level.ordinal() - 1].id() + " code of "
                            + set.describe());
        }
        List<Region> matches = regions.byName(scope, level, nameRaw);
        if (matches.size() == 1) {
            record.put(into.pos(), format.write(matches.get(0)));
            return null;
        }
        String where = level.id() + " " + Candidates.scope(regions, scope, level) + " in " + set.describe();
        if (matches.isEmpty()) {
            return violation(
                    nameRaw,
                    "wilayah-unmatched",
                    "names no " + where + "; nearest names: "
                            + Candidates.describe(regions, NearestNames.of(regions, scope, level, nameRaw)));
        }
        return violation(
                nameRaw,
                "wilayah-ambiguous",
                "names " + matches.size() + " regions at " + where + ": " + Candidates.describe(regions, matches)
                        + "; give the parent code to tell them apart");
    }

    private Violation violation(String nameRaw, String rule, String problem) {
        return new Violation(
                name.name(), nameRaw, rule, "field '" + name.name() + "' value '" + nameRaw + "' " + problem);
    }
}
