package id.satudata.hub.schemas.reference.step;

import id.satudata.hub.schemas.conform.RecordStep;
import id.satudata.hub.schemas.conform.StepContext;
import id.satudata.hub.schemas.conform.Violation;
import id.satudata.hub.schemas.reference.Candidates;
import id.satudata.hub.schemas.reference.CodeFormat;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionCode;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * {@code wilayah-code}: the field holds a code of the reference set (dotted, compact, with float artefacts or
 * missing zeros), of the expected level, lying under the code in the parent field; optionally written back in one
 * format. Rules: {@code wilayah-code} (no such code, or the wrong level) and {@code wilayah-parent}.
 */
final class CodeStep implements RecordStep {

    static final List<String> ARGS = List.of("field", "level", "parent", "reference", "format");

    private final Schema.Field field;
    private final Level level;
    private final Schema.Field parent;
    private final ReferenceSet set;
    private final CodeFormat format;

    private CodeStep(Schema.Field field, Level level, Schema.Field parent, ReferenceSet set, CodeFormat format) {
        this.field = field;
        this.level = level;
        this.parent = parent;
        this.set = set;
        this.format = format;
    }

    static RecordStep compile(StepContext context, WilayahSteps steps) {
        int before = context.problemCount();
        context.allowOnly(ARGS);
        CodeFormat format = WilayahSteps.format(context, "format");
        Schema.Field field = format == null ? context.field("field", true) : context.stringField("field", true);
        Level level = WilayahSteps.level(context, "level", false);
        Schema.Field parent = context.field("parent", false);
        ReferenceSet set = steps.reference(context, "reference", CodeSystem.KEMENDAGRI);
        return context.problemCount() > before ? null : new CodeStep(field, level, parent, set, format);
    }

    @Override
    public Violation apply(GenericData.Record record) {
        String raw = StepValues.text(record, field);
        if (raw == null) {
            return null;
        }
        String code = RegionCode.compact(raw, set.system());
        List<Region> regions = code == null ? List.of() : set.regions().byCode(code);
        if (regions.size() != 1) {
            return violation(raw, "wilayah-code", problem(code, regions));
        }
        Region region = regions.get(0);
        if (level != null && region.level() != level) {
            return violation(
                    raw,
                    "wilayah-code",
                    "is the " + region.level().id() + " " + Candidates.withParent(set.regions(), region) + ", not a "
                            + level.id() + " code");
        }
        String parentRaw = parent == null ? null : StepValues.text(record, parent);
        if (parentRaw != null) {
            String parentCode = RegionCode.compact(parentRaw, set.system());
            if (parentCode == null || !set.regions().isWithin(region, parentCode)) {
                return violation(
                        raw,
                        "wilayah-parent",
                        "is " + Candidates.withParent(set.regions(), region) + ", which does not lie under field '"
                                + parent.name() + "' value '" + parentRaw + "'");
            }
        }
        if (format != null) {
            record.put(field.pos(), format.write(region));
        }
        return null;
    }

    private String problem(String code, List<Region> regions) {
        if (code == null) {
            return "is not a " + set.system().id() + " region code (expected digits such as 3201 or 3201190006, or"
                    + " dotted such as 32.01.02.2001)";
        }
        if (regions.size() > 1) {
            return "is listed " + regions.size() + " times in " + set.describe() + ": "
                    + Candidates.describe(set.regions(), regions);
        }
        return "is not a code of " + set.describe() + existingAncestor(code);
    }

    /** Where an unknown code's ancestry leaves the reference: a split or renumbered region shows here. */
    private String existingAncestor(String code) {
        Level at = set.system().levelOf(code);
        while (at != null && at != Level.PROVINSI) {
            String ancestor = code.substring(0, set.system().parentLength(at));
            List<Region> found = set.regions().byCode(ancestor);
            if (!found.isEmpty()) {
                return "; the nearest existing region above it is "
                        + Candidates.withParent(set.regions(), found.get(0));
            }
            at = Level.values()[at.ordinal() - 1];
        }
        return "";
    }

    private Violation violation(String raw, String rule, String problem) {
        return new Violation(field.name(), raw, rule, "field '" + field.name() + "' value '" + raw + "' " + problem);
    }
}
