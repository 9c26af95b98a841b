package id.satudata.hub.schemas.reference.step;

import id.satudata.hub.schemas.conform.RecordStep;
import id.satudata.hub.schemas.conform.StepContext;
import id.satudata.hub.schemas.conform.Violation;
import id.satudata.hub.schemas.reference.Candidates;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.NameKey;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionCode;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * {@code wilayah-name}: the name field names the region of the code field, compared as {@link NameKey}s (so
 * {@code BOJONG KULUR} is {@code Bojongkulur}, and {@code KOTA BOGOR} is not {@code Kabupaten Bogor}). A row whose
 * code and name disagree is rejected with both, and with the region the name does match, if any: the real Jabar
 * population file labels code 3271 {@code KOTA CIMAHI} in 2013. Rule {@code wilayah-name}.
 */
final class NameStep implements RecordStep {

    static final List<String> ARGS = List.of("field", "code", "reference");

    private final Schema.Field name;
    private final Schema.Field code;
    private final ReferenceSet set;

    private NameStep(Schema.Field name, Schema.Field code, ReferenceSet set) {
        this.name = name;
        this.code = code;
        this.set = set;
    }

    static RecordStep compile(StepContext context, WilayahSteps steps) {
        int before = context.problemCount();
        context.allowOnly(ARGS);
        Schema.Field name = context.field("field", true);
        Schema.Field code = context.field("code", true);
        ReferenceSet set = steps.reference(context, "reference", CodeSystem.KEMENDAGRI);
        return context.problemCount() > before ? null : new NameStep(name, code, set);
    }

    @Override
    public Violation apply(GenericData.Record record) {
        String nameRaw = StepValues.text(record, name);
        String codeRaw = StepValues.text(record, code);
        if (nameRaw == null || codeRaw == null) {
            return null;
        }
        String compact = RegionCode.compact(codeRaw, set.system());
        List<Region> regions = compact == null ? List.of() : set.regions().byCode(compact);
        if (regions.size() != 1) {
            return violation(
                    nameRaw,
                    "cannot be checked: field '" + code.name() + "' value '" + codeRaw + "' is not a single code of "
                            + set.describe());
        }
        Region region = regions.get(0);
        NameKey given = NameKey.of(nameRaw, region.level());
        if (given.key().equals(NameKey.of(region.name(), region.level()).key()) && given.admits(region.kind())) {
            return null;
        }
        List<Region> named = set.regions().byName(region.parent(), region.level(), nameRaw);
        return violation(
                nameRaw,
                "does not name the region of field '" + code.name() + "' value '" + codeRaw + "', which is "
                        + Candidates.withParent(set.regions(), region) + " in " + set.describe() + "; the name is "
                        + (named.isEmpty()
                                ? "no " + region.level().id() + " "
                                        + Candidates.scope(set.regions(), region.parent(), region.level())
                                : Candidates.describe(set.regions(), named)));
    }

    private Violation violation(String nameRaw, String problem) {
        return new Violation(
                name.name(), nameRaw, "wilayah-name", "field '" + name.name() + "' value '" + nameRaw + "' " + problem);
    }
}
