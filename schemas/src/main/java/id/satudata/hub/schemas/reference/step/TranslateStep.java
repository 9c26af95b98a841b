package id.satudata.hub.schemas.reference.step;

import id.satudata.hub.schemas.conform.RecordStep;
import id.satudata.hub.schemas.conform.StepContext;
import id.satudata.hub.schemas.conform.Violation;
import id.satudata.hub.schemas.reference.BpsTranslator;
import id.satudata.hub.schemas.reference.Candidates;
import id.satudata.hub.schemas.reference.CodeFormat;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.RegionCode;
import id.satudata.hub.schemas.reference.RegionIndex;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * {@code wilayah-translate}: fills a Kemendagri code field from a BPS code field through {@link BpsTranslator} (the
 * hierarchy and the names, never the digits). A code that is not in the BPS set, or a level whose name matches no
 * single Kemendagri region, is rejected with where the chain broke and the candidates (rule
 * {@code wilayah-translate}).
 */
final class TranslateStep implements RecordStep {

    static final List<String> ARGS = List.of("field", "from", "to", "into", "format");

    private final Schema.Field field;
    private final Schema.Field into;
    private final BpsTranslator translator;
    private final CodeFormat format;

    private TranslateStep(Schema.Field field, Schema.Field into, BpsTranslator translator, CodeFormat format) {
        this.field = field;
        this.into = into;
        this.translator = translator;
        this.format = format;
    }

    static RecordStep compile(StepContext context, WilayahSteps steps) {
        int before = context.problemCount();
        context.allowOnly(ARGS);
        Schema.Field field = context.field("field", true);
        Schema.Field into = context.stringField("into", true);
        context.text("from", true, "the name of a loaded BPS reference set");
        ReferenceSet from =
                context.args().containsKey("from") ? steps.reference(context, "from", CodeSystem.BPS) : null;
        ReferenceSet to = steps.reference(context, "to", CodeSystem.KEMENDAGRI);
        CodeFormat format = WilayahSteps.format(context, "format");
        return context.problemCount() > before
                ? null
                : new TranslateStep(
                        field, into, new BpsTranslator(from, to), format == null ? CodeFormat.DOTTED : format);
    }

    @Override
    public Violation apply(GenericData.Record record) {
        String raw = StepValues.text(record, field);
        if (raw == null) {
            return StepValues.unfilled(into, "wilayah-translate", field);
        }
        String code = RegionCode.compact(raw, CodeSystem.BPS);
        if (code == null) {
            return violation(raw, "is not a BPS code of 2, 4, 7 or 10 digits");
        }
        BpsTranslator.Result result = translator.translate(code);
        if (result instanceof BpsTranslator.Translated translated) {
            record.put(into.pos(), format.write(translated.region()));
            return null;
        }
        ReferenceSet from = translator.from();
        if (result instanceof BpsTranslator.UnknownCode unknown) {
            return violation(
                    raw,
                    unknown.listed().isEmpty()
                            ? "is not a code of " + from.describe()
                            : "is listed " + unknown.listed().size() + " times in " + from.describe() + ": "
                                    + Candidates.describe(from.regions(), unknown.listed()));
        }
        BpsTranslator.Unmatched unmatched = (BpsTranslator.Unmatched) result;
        RegionIndex target = translator.to().regions();
        String where = unmatched.step().level().id() + " "
                + Candidates.scope(target, unmatched.parent(), unmatched.step().level()) + " in "
                + translator.to().describe();
        String tail = unmatched.matches().isEmpty()
                ? "matches no " + where + "; nearest names: " + Candidates.describe(target, unmatched.nearest())
                : "matches " + unmatched.matches().size() + " regions at " + where + ": "
                        + Candidates.describe(target, unmatched.matches());
        return violation(
                raw,
                "cannot be translated: its " + unmatched.step().level().id() + " "
                        + unmatched.step().describe() + " (" + from.name() + ") " + tail);
    }

    private Violation violation(String raw, String problem) {
        return new Violation(
                field.name(), raw, "wilayah-translate", "field '" + field.name() + "' value '" + raw + "' " + problem);
    }
}
