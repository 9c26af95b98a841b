package id.satudata.hub.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.Conformer;
import id.satudata.hub.schemas.conform.FieldSpec;
import id.satudata.hub.schemas.conform.MappingCompiler;
import id.satudata.hub.schemas.conform.MappingSpec;
import id.satudata.hub.schemas.reference.step.WilayahSteps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * Two real Satu Data Jakarta files that carry names only: kota, kecamatan (and kelurahan) are looked up level by
 * level under province 31. Neither file has a code column, so the truth is the reference itself, held at arm's
 * length: every name must equal its region's name letter for letter once spaces and case are set aside, and the
 * matches must cover the province's kecamatan (or kelurahan) exactly.
 */
class JakartaRegionsTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "WilayahJakarta", "namespace": "id.satudata.jakarta", "fields": [
              {"name": "kode_provinsi", "type": "string"},
              {"name": "kota", "type": "string"},
              {"name": "kecamatan", "type": "string"},
              {"name": "kelurahan", "type": ["null", "string"], "default": null},
              {"name": "kode_kota", "type": "string"},
              {"name": "kode_kecamatan", "type": "string"},
              {"name": "kode_kelurahan", "type": ["null", "string"], "default": null}
            ]}
            """);

    private static final CheckSpec KOTA = lookup("kota", "kabupaten", "kode_provinsi", "kode_kota");
    private static final CheckSpec KECAMATAN = lookup("kecamatan", "kecamatan", "kode_kota", "kode_kecamatan");

    @Test
    void shouldMatchEveryKecamatanSpellingOfTheRiverWasteFile() {
        Outcomes outcomes = conform(
                "opendata/jakarta/RataRataVolumeSampahSungaiDKIJakarta.csv",
                Map.of("kota", "wilayah", "kecamatan", "kecamatan"),
                KOTA,
                KECAMATAN);

        assertThat(outcomes.rejected()).isEmpty();
        assertThat(outcomes.conformed()).hasSize(672);
        assertThat(wrongMatches(outcomes, "kecamatan", "kode_kecamatan")).isZero();
        Set<Object> found = outcomes.conformed().stream()
                .map(row -> row.record().get("kode_kecamatan"))
                .collect(Collectors.toSet());
        assertThat(found).isEqualTo(codes(Level.KECAMATAN, "31.7")); // the 42 kecamatan of the five kota
        Map<Object, Object> spellings = outcomes.conformed().stream()
                .collect(Collectors.toMap(
                        row -> row.raw().get("kecamatan"), row -> row.record().get("kode_kecamatan"), (a, b) -> a));
        assertThat(spellings.get("Palmerah")).isEqualTo("31.73.07"); // Kemendagri: Pal Merah
        assertThat(spellings.get("Tamansari")).isEqualTo(spellings.get("Taman Sari"));
        assertThat(spellings.get("Pulo Gadung")).isEqualTo(spellings.get("Pulogadung"));
        assertThat(spellings.get("Kramat Jati")).isEqualTo("31.75.04"); // Kemendagri: Kramatjati
        assertThat(spellings.get("Pulo Gadung")).isEqualTo("31.75.02"); // Kemendagri: Pulogadung
        assertThat(spellings.get("Tamansari")).isEqualTo("31.73.03"); // Kemendagri: Taman Sari
    }

    @Test
    void shouldMatchEveryKelurahanOfTheDensityFileExactly() {
        Outcomes outcomes = conform(
                "opendata/jakarta/jakarta_population_density.csv",
                Map.of("kota", "city", "kecamatan", "district", "kelurahan", "subdistrict"),
                KOTA,
                KECAMATAN,
                lookup("kelurahan", "desa", "kode_kecamatan", "kode_kelurahan"));

        assertThat(outcomes.rejected()).isEmpty();
        assertThat(outcomes.conformed()).hasSize(267);
        long exact = outcomes.conformed().stream()
                .filter(row -> name(row.record().get("kode_kelurahan")).strip().equalsIgnoreCase((String)
                        row.raw().get("subdistrict")))
                .filter(row -> name(row.record().get("kode_kecamatan")).strip().equalsIgnoreCase((String)
                        row.raw().get("district")))
                .count();
        assertThat(exact).isEqualTo(267);
        Set<Object> found = outcomes.conformed().stream()
                .map(row -> row.record().get("kode_kelurahan"))
                .collect(Collectors.toSet());
        assertThat(found).isEqualTo(codes(Level.DESA_KELURAHAN, "31.")); // all 267 kelurahan of Jakarta, once each
    }

    private static Outcomes conform(String file, Map<String, String> sources, CheckSpec... checks) {
        Map<String, FieldSpec> fields = new java.util.HashMap<>();
        sources.forEach((target, source) -> fields.put(target, FieldSpec.fromSource(source)));
        fields.put("kode_provinsi", new FieldSpec(null, "31", List.of(), Map.of()));
        if (!sources.containsKey("kelurahan")) {
            fields.put("kelurahan", new FieldSpec(null, "", List.of(), Map.of()));
        }
        Conformer conformer = MappingCompiler.compile(
                SCHEMA, new MappingSpec(fields, List.of(checks)), new WilayahSteps(SharedReference.sets()));
        return Outcomes.of(conformer, SharedReference.rows(file));
    }

    private static CheckSpec lookup(String field, String level, String parent, String into) {
        return new CheckSpec("wilayah-lookup", Map.of("field", field, "level", level, "parent", parent, "into", into));
    }

    private static long wrongMatches(Outcomes outcomes, String nameField, String codeField) {
        return outcomes.conformed().stream()
                .filter(row -> !SharedReference.letters(name(row.record().get(codeField)))
                        .equals(SharedReference.letters((String) row.record().get(nameField))))
                .count();
    }

    private static String name(Object dotted) {
        String code = RegionCode.compact((String) dotted, CodeSystem.KEMENDAGRI);
        return SharedReference.kemendagri().regions().byCode(code).get(0).name();
    }

    private static Set<Object> codes(Level level, String prefix) {
        return SharedReference.kemendagri().regions().all().stream()
                .filter(region -> region.level() == level && region.display().startsWith(prefix))
                .map(Region::display)
                .collect(Collectors.toSet());
    }
}
