package id.satudata.hub.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.reference.step.WilayahSteps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real Open Data Jabar village files (15,936 rows each: 5,312 villages, 2019-2021), which carry BPS and
 * Kemendagri codes side by side, the BPS ones as floats ({@code 3201190006.0}). The file's own Kemendagri code column
 * is the truth the name lookup and the BPS translation are held against.
 */
class JabarVillageRegionsTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "PencemaranDesa", "namespace": "id.satudata.jabar", "fields": [
              {"name": "bps_kode_desa_kelurahan", "type": "string"},
              {"name": "kemendagri_kode_kecamatan", "type": "string"},
              {"name": "kemendagri_kode_desa_kelurahan", "type": "string"},
              {"name": "kemendagri_nama_desa_kelurahan", "type": "string"},
              {"name": "tahun", "type": "int"},
              {"name": "kode_desa_dari_nama", "type": ["null", "string"], "default": null},
              {"name": "kode_desa_dari_bps", "type": ["null", "string"], "default": null}
            ]}
            """);

    private static final Map<String, FieldSpec> FIELDS = Map.of(
            "bps_kode_desa_kelurahan",
            new FieldSpec("bps_kode_desa_kelurahan", null, List.of(), Map.of("code", "true")));

    static final String AIR = "dpmdes-idm_sts_kejadian_pencemaran_air__des_kel_data.csv";
    static final String TANAH = "dpmdes-idm_sts_kejadian_pencemaran_tanah__des_kel_data.csv";
    static final String SUNGAI = "dpmdes-idm_kbrdn_sungai_terkena_pembuangan_limbah__des_kel_data.csv";

    private static final String DESA = "kemendagri_kode_desa_kelurahan";
    private static final String NAMA = "kemendagri_nama_desa_kelurahan";
    private static final Set<String> ABSENT_IN_2025 = Set.of("32.09.39.2001", "32.09.39.2002", "32.16.01.2007");

    @ParameterizedTest
    @ValueSource(strings = {AIR, TANAH, SUNGAI})
    void shouldCheckKemendagriCodesAndNamesAgainstThe2025Reference(String file) {
        Outcomes outcomes = conform(
                file,
                new CheckSpec(
                        "wilayah-code", Map.of("field", DESA, "level", "desa", "parent", "kemendagri_kode_kecamatan")),
                new CheckSpec("wilayah-name", Map.of("field", NAMA, "code", DESA)));

        assertThat(outcomes.rejectedByRule()).isEqualTo(Map.of("wilayah-code", 9, "wilayah-name", 216));
        assertThat(outcomes.conformed()).hasSize(15_936 - 9 - 216);
        assertThat(codes(outcomes.rejected().stream()
                        .filter(r -> rule(r).equals("wilayah-code"))
                        .map(r -> r.raw())))
                .isEqualTo(ABSENT_IN_2025);
        long spacingVariants = outcomes.conformed().stream()
                .filter(row -> !referenceName(row.raw())
                        .equalsIgnoreCase((String) row.raw().get(NAMA)))
                .count();
        assertThat(spacingVariants).isEqualTo(330); // BOJONG KULUR = Bojongkulur, PASIRMUKTI = Pasir Mukti
        long wrongMatches = outcomes.conformed().stream()
                .filter(row -> !SharedReference.letters(referenceName(row.raw()))
                        .equals(SharedReference.letters((String) row.raw().get(NAMA))))
                .count();
        long wrongRejections = outcomes.rejected().stream()
                .filter(row -> rule(row).equals("wilayah-name"))
                .filter(row -> SharedReference.letters(referenceName(row.raw()))
                        .equals(SharedReference.letters((String) row.raw().get(NAMA))))
                .count();
        assertThat(wrongMatches).isZero();
        assertThat(wrongRejections).isZero();
    }

    @Test
    void shouldFindEachVillageCodeByNameUnderItsKecamatanAndNeverAWrongOne() {
        Outcomes outcomes = conform(
                AIR,
                new CheckSpec(
                        "wilayah-lookup",
                        Map.of(
                                "field", NAMA,
                                "level", "desa",
                                "parent", "kemendagri_kode_kecamatan",
                                "into", "kode_desa_dari_nama")));

        assertThat(truth(outcomes, "kode_desa_dari_nama"))
                .isEqualTo(Map.of("right", 15_711L, "absent in 2025, found as 32.16.01.1007", 3L));
        // the 216 genuine misspellings, and 6 rows under kecamatan 32.09.39, which 2025 no longer has
        assertThat(outcomes.rejectedByRule()).isEqualTo(Map.of("wilayah-unmatched", 222));
    }

    @Test
    void shouldTranslateBpsCodesThroughNamesAndNeverToAWrongKemendagriCode() {
        Outcomes outcomes = conform(
                AIR,
                new CheckSpec(
                        "wilayah-translate",
                        Map.of("field", "bps_kode_desa_kelurahan", "from", "bps-2018", "into", "kode_desa_dari_bps")));

        assertThat(truth(outcomes, "kode_desa_dari_bps"))
                .isEqualTo(Map.of(
                        "right", 15_171L,
                        "absent in 2025, found as 32.09.21.2016", 3L,
                        "absent in 2025, found as 32.09.21.2017", 3L,
                        "absent in 2025, found as 32.16.01.1007", 3L));
        assertThat(outcomes.rejectedByRule()).isEqualTo(Map.of("wilayah-translate", 756));
        long notInBps2018 = outcomes.rejected().stream()
                .filter(row -> row.violations().get(0).message().contains("is not a code of bps-2018"))
                .count();
        assertThat(notInBps2018).isEqualTo(321); // the rest: a BPS 2018 name with no single 2025 match
    }

    /**
     * Each conformed row against the file's own Kemendagri code: right, wrong (none may be), or, for the three codes
     * 2025 no longer has, the 2025 code the row was given (the same village name, renumbered).
     */
    private static Map<String, Long> truth(Outcomes outcomes, String filled) {
        return outcomes.conformed().stream()
                .collect(Collectors.groupingBy(
                        row -> {
                            Object found = row.record().get(filled);
                            if (ABSENT_IN_2025.contains(row.raw().get(DESA))) {
                                Region region = SharedReference.kemendagri()
                                        .regions()
                                        .byCode(RegionCode.compact((String) found, CodeSystem.KEMENDAGRI))
                                        .get(0);
                                boolean sameName = SharedReference.letters(region.name())
                                        .equals(SharedReference.letters(
                                                (String) row.raw().get(NAMA)));
                                return sameName ? "absent in 2025, found as " + found : "wrong";
                            }
                            return found.equals(row.raw().get(DESA)) ? "right" : "wrong";
                        },
                        Collectors.counting()));
    }

    private static String rule(Outcomes.Rejected row) {
        return row.violations().get(0).rule();
    }

    private static Set<Object> codes(java.util.stream.Stream<RawRecord> rows) {
        return rows.map(row -> row.get(DESA)).collect(Collectors.toSet());
    }

    private static String referenceName(RawRecord row) {
        String code = RegionCode.compact((String) row.get(DESA), CodeSystem.KEMENDAGRI);
        return SharedReference.kemendagri().regions().byCode(code).get(0).name();
    }

    static Outcomes conform(String file, CheckSpec... checks) {
        Conformer conformer = MappingCompiler.compile(
                SCHEMA, new MappingSpec(FIELDS, List.of(checks)), new WilayahSteps(SharedReference.sets()));
        return Outcomes.of(conformer, SharedReference.rows(path(file)));
    }

    static String path(String file) {
        return "opendata/jabar_odj/" + file;
    }
}
