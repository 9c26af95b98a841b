package id.satudata.hub.schemas.reference.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.InvalidMappingException;
import id.satudata.hub.schemas.conform.MapRawRecord;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.Violation;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.Level;
import id.satudata.hub.schemas.reference.ReferenceSet;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.Region;
import id.satudata.hub.schemas.reference.RegionIndex;
import id.satudata.hub.schemas.reference.RegionKind;
import id.satudata.hub.schemas.reference.Vintage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/** Each region check on a handful of regions: Kota and Kabupaten Bogor, two villages named Sidomulyo. */
class WilayahStepsTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "Row", "fields": [
              {"name": "prov", "type": ["null", "string"], "default": null},
              {"name": "kode", "type": ["null", "string"], "default": null},
              {"name": "nama", "type": ["null", "string"], "default": null},
              {"name": "bps", "type": ["null", "string"], "default": null},
              {"name": "hasil", "type": ["null", "string"], "default": null}
            ]}
            """);

    private static final ReferenceSets SETS = new ReferenceSets(List.of(
            set(
                    "kemendagri-2025",
                    CodeSystem.KEMENDAGRI,
                    region("32", "Jawa Barat", null, null),
                    region("3201", "Kabupaten Bogor", "32", RegionKind.KABUPATEN),
                    region("3271", "Kota Bogor", "32", RegionKind.KOTA),
                    region("3277", "Kota Cimahi", "32", RegionKind.KOTA),
                    region("320101", "Cibinong", "3201", null),
                    region("3201012001", "Sidomulyo", "320101", null),
                    region("3201012002", "Sido Mulyo", "320101", null),
                    region("3201012003", "Bojongkulur", "320101", null)),
            new ReferenceSet(
                    "bps-2018",
                    CodeSystem.BPS,
                    new Vintage("2018", null, LocalDate.of(2018, 1, 11)),
                    new RegionIndex(List.of(
                            new Region("32", "JAWA BARAT", Level.PROVINSI, null, null, CodeSystem.BPS),
                            new Region(
                                    "3201",
                                    "KABUPATEN BOGOR",
                                    Level.KABUPATEN_KOTA,
                                    "32",
                                    RegionKind.KABUPATEN,
                                    CodeSystem.BPS),
                            new Region("3201190", "CIBINONG", Level.KECAMATAN, "3201", null, CodeSystem.BPS),
                            new Region(
                                    "3201190010",
                                    "BOJONG KULUR",
                                    Level.DESA_KELURAHAN,
                                    "3201190",
                                    null,
                                    CodeSystem.BPS),
                            new Region(
                                    "3201190011",
                                    "SIDOMULYO",
                                    Level.DESA_KELURAHAN,
                                    "3201190",
                                    null,
                                    CodeSystem.BPS))))));

    @Test
    void codeShouldNormaliseFloatArtefactsAndWriteTheChosenFormat() {
        Conformer conformer = compile(check("wilayah-code", "field", "kode", "level", "kabupaten", "format", "dotted"));
        assertThat(conformed(conformer, "kode", "3271.0").get("kode")).isEqualTo("32.71");
    }

    @Test
    void codeShouldRejectUnknownCodesWrongLevelsAndCodesOutsideTheirParent() {
        Conformer conformer = compile(check("wilayah-code", "field", "kode", "level", "kabupaten", "parent", "prov"));
        assertThat(violation(conformer, "kode", "3299").message())
                .contains("is not a code of kemendagri-2025", "32 Jawa Barat");
        assertThat(violation(conformer, "kode", "320101").message()).contains("is the kecamatan", "not a kabupaten");
        Violation outside = violation(conformer, "kode", "3201", "prov", "33");
        assertThat(outside.rule()).isEqualTo("wilayah-parent");
    }

    @Test
    void nameShouldAcceptSpellingVariantsAndRejectAnotherRegionsNameWithBoth() {
        Conformer conformer = compile(check("wilayah-name", "field", "nama", "code", "kode"));
        assertThat(conformed(conformer, "kode", "3201012003", "nama", "BOJONG KULUR"))
                .isNotNull();
        assertThat(conformed(conformer, "kode", "3271", "nama", "KOTA BOGOR")).isNotNull();
        Violation kabupaten = violation(conformer, "kode", "3271", "nama", "KABUPATEN BOGOR");
        assertThat(kabupaten.message()).contains("32.71 Kota Bogor", "32.01 Kabupaten Bogor");
        Violation cimahi = violation(conformer, "kode", "3271", "nama", "KOTA CIMAHI");
        assertThat(cimahi.rule()).isEqualTo("wilayah-name");
        assertThat(cimahi.message()).contains("'3271'", "'KOTA CIMAHI'", "32.77 Kota Cimahi");
    }

    @Test
    void lookupShouldTellKotaFromKabupatenAndRefuseAmbiguousNames() {
        Conformer kabupaten = compile(
                check("wilayah-lookup", "field", "nama", "level", "kabupaten", "parent", "prov", "into", "hasil"));
        assertThat(conformed(kabupaten, "prov", "32", "nama", "Kota Bogor").get("hasil"))
                .isEqualTo("32.71");
        assertThat(conformed(kabupaten, "prov", "32", "nama", "Kab. Bogor").get("hasil"))
                .isEqualTo("32.01");
        assertThat(violation(kabupaten, "prov", "32", "nama", "Bogor").rule()).isEqualTo("wilayah-ambiguous");

        Conformer desa = compile(check(
                "wilayah-lookup",
                "field",
                "nama",
                "level",
                "desa",
                "parent",
                "prov",
                "into",
                "hasil",
                "format",
                "compact"));
        Violation ambiguous = violation(desa, "prov", "32.01.01", "nama", "SIDOMULYO");
        assertThat(ambiguous.message()).contains("32.01.01.2001 Sidomulyo", "32.01.01.2002 Sido Mulyo");
        Violation unmatched = violation(desa, "prov", "32.01.01", "nama", "BOJONGKULUT");
        assertThat(unmatched.rule()).isEqualTo("wilayah-unmatched");
        assertThat(unmatched.message()).contains("nearest names: 32.01.01.2003 Bojongkulur");
    }

    @Test
    void translateShouldGoThroughNamesAndReportWhereTheChainBreaks() {
        Conformer conformer = compile(check("wilayah-translate", "field", "bps", "from", "bps-2018", "into", "hasil"));
        assertThat(conformed(conformer, "bps", "3201190010.0").get("hasil")).isEqualTo("32.01.01.2003");
        Violation ambiguous = violation(conformer, "bps", "3201190011");
        assertThat(ambiguous.message()).contains("matches 2 regions");
        assertThat(violation(conformer, "bps", "3201190099").message()).contains("is not a code of bps-2018");
    }

    @Test
    void compileShouldReportEveryProblemOfTheChecks() {
        MappingSpec mapping = new MappingSpec(
                Map.of(),
                List.of(
                        check("wilayah-code", "field", "tidak_ada", "level", "rt"),
                        check("wilayah-lookup", "field", "nama", "into", "hasil", "reference", "kemendagri-1999"),
                        check("wilayah-kode")));
        assertThatThrownBy(() -> MappingCompiler.compile(SCHEMA, mapping, new WilayahSteps(SETS)))
                .isInstanceOfSatisfying(InvalidMappingException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path())
                        .containsExactly(
                                "checks[0].field",
                                "checks[0].level",
                                "checks[1].level",
                                "checks[1].reference",
                                "checks[2]"));
    }

    @Test
    void compileWithoutReferenceDataShouldRefuseChecks() {
        MappingSpec mapping = new MappingSpec(Map.of(), List.of(check("wilayah-code", "field", "kode")));
        assertThatThrownBy(() -> MappingCompiler.compile(SCHEMA, mapping)).hasMessageContaining("hub.reference");
    }

    private static Conformer compile(CheckSpec check) {
        return MappingCompiler.compile(SCHEMA, new MappingSpec(Map.of(), List.of(check)), new WilayahSteps(SETS));
    }

    private static GenericData.Record conformed(Conformer conformer, Object... values) {
        ConformResult result = conformer.conform(MapRawRecord.of(values));
        assertThat(result).isInstanceOf(ConformResult.Conformed.class);
        return ((ConformResult.Conformed) result).record();
    }

    private static Violation violation(Conformer conformer, Object... values) {
        ConformResult result = conformer.conform(MapRawRecord.of(values));
        assertThat(result).isInstanceOf(ConformResult.Rejected.class);
        return ((ConformResult.Rejected) result).violations().get(0);
    }

    private static CheckSpec check(String name, String... args) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            map.put(args[i], args[i + 1]);
        }
        return new CheckSpec(name, map);
    }

    private static ReferenceSet set(String name, CodeSystem system, Region... regions) {
        return new ReferenceSet(
                name,
                system,
                new Vintage("2025", "Kepmendagri test", LocalDate.of(2025, 1, 1)),
                new RegionIndex(List.of(regions)));
    }

    private static Region region(String code, String name, String parent, RegionKind kind) {
        Level level = CodeSystem.KEMENDAGRI.levelOf(code);
        return new Region(code, name, level, parent, kind, CodeSystem.KEMENDAGRI);
    }
}
