package id.satudata.hub.schemas.reference;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.CheckSpec;
import id.satudata.hub.schemas.conform.Conformer;
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
 * The real Open Data Jabar population file (430 rows, 2013-2020): in 2013 seven kota codes carry another kota's
 * name (3271 is labelled KOTA CIMAHI); those rows must be rejected with both values, and every other row accepted.
 * The truth is independent of the Kemendagri reference: the BPS 2018 list, whose Jawa Barat codes are the same.
 */
class JabarPopulationRegionsTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {"type": "record", "name": "PendudukJenisKelamin", "namespace": "id.satudata.jabar", "fields": [
              {"name": "kode_provinsi", "type": "string"},
              {"name": "nama_provinsi", "type": "string"},
              {"name": "kode_kabupaten_kota", "type": "string"},
              {"name": "nama_kabupaten_kota", "type": "string"},
              {"name": "jenis_kelamin", "type": "string"},
              {"name": "jumlah_penduduk", "type": "long"},
              {"name": "tahun", "type": "int"}
            ]}
            """);

    private static final MappingSpec MAPPING = new MappingSpec(
            Map.of(),
            List.of(
                    new CheckSpec("wilayah-code", Map.of("field", "kode_provinsi", "level", "provinsi")),
                    new CheckSpec(
                            "wilayah-code",
                            Map.of("field", "kode_kabupaten_kota", "level", "kabupaten", "parent", "kode_provinsi")),
                    new CheckSpec("wilayah-name", Map.of("field", "nama_provinsi", "code", "kode_provinsi")),
                    new CheckSpec(
                            "wilayah-name", Map.of("field", "nama_kabupaten_kota", "code", "kode_kabupaten_kota"))));

    @Test
    void shouldRejectThe2013CodeNameMismatchesAndAcceptEveryOtherRow() {
        Conformer conformer = MappingCompiler.compile(SCHEMA, MAPPING, new WilayahSteps(SharedReference.sets()));
        Outcomes outcomes = Outcomes.of(
                conformer,
                SharedReference.rows("opendata/jabar_odj/jumlah_penduduk_berdasarkan_jenis_kelamin_data.csv"));

        assertThat(outcomes.conformed()).hasSize(416);
        assertThat(outcomes.rejectedByRule()).isEqualTo(Map.of("wilayah-name", 14));
        assertThat(outcomes.rejected())
                .allSatisfy(row -> assertThat(row.raw().get("tahun")).isEqualTo("2013"));
        Set<Object> codes = outcomes.rejected().stream()
                .map(row -> row.raw().get("kode_kabupaten_kota"))
                .collect(Collectors.toSet());
        assertThat(codes).containsExactlyInAnyOrder("3271", "3272", "3274", "3275", "3276", "3277", "3279");

        long wrongMatches = outcomes.conformed().stream()
                .filter(row -> !bpsNameAgrees(
                        row.raw().get("kode_kabupaten_kota"), row.raw().get("nama_kabupaten_kota")))
                .count();
        long wrongRejections = outcomes.rejected().stream()
                .filter(row -> bpsNameAgrees(
                        row.raw().get("kode_kabupaten_kota"), row.raw().get("nama_kabupaten_kota")))
                .count();
        assertThat(wrongMatches).isZero();
        assertThat(wrongRejections).isZero();
    }

    @Test
    void shouldQuarantineMismatchWithBothValuesAndTheRegionTheNameBelongsTo() {
        Conformer conformer = MappingCompiler.compile(SCHEMA, MAPPING, new WilayahSteps(SharedReference.sets()));
        Outcomes outcomes = Outcomes.of(
                conformer,
                SharedReference.rows("opendata/jabar_odj/jumlah_penduduk_berdasarkan_jenis_kelamin_data.csv"));

        var cimahi = outcomes.rejected().stream()
                .filter(row -> row.raw().get("kode_kabupaten_kota").equals("3271"))
                .findFirst()
                .orElseThrow()
                .violations()
                .get(0);
        assertThat(cimahi.field()).isEqualTo("nama_kabupaten_kota");
        assertThat(cimahi.rawValue()).isEqualTo("KOTA CIMAHI");
        assertThat(cimahi.message())
                .contains("'3271'", "32.71 Kota Bogor", "32.77 Kota Cimahi (in 32 Jawa Barat)", "kemendagri-2025");
    }

    /** The independent truth: BPS 2018 names Jawa Barat's regencies with the same codes as Kemendagri. */
    private static boolean bpsNameAgrees(Object code, Object name) {
        List<Region> bps = SharedReference.bps().regions().byCode((String) code);
        return bps.size() == 1
                && SharedReference.letters(bps.get(0).name()).equals(SharedReference.letters((String) name));
    }
}
