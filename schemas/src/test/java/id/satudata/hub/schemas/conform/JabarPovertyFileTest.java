package id.satudata.hub.schemas.conform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/** The real Open Data Jabar export of poor people per regency/city: every row must conform. */
class JabarPovertyFileTest {

    private static final Schema SCHEMA = new Schema.Parser()
            .parse(
                    """
            {
              "type": "record", "name": "PendudukMiskin", "namespace": "id.satudata.jabar",
              "fields": [
                {"name": "id", "type": "long"},
                {"name": "kode_provinsi", "type": "string"},
                {"name": "nama_provinsi", "type": "string"},
                {"name": "kode_kabupaten_kota", "type": "string"},
                {"name": "nama_kabupaten_kota", "type": "string"},
                {"name": "jumlah_penduduk_miskin", "type": "long", "doc": "people, not thousands"},
                {"name": "tahun", "type": "int"}
              ]
            }
            """);

    private static final Map<String, String> CODE = Map.of("code", "true");
    private static final MappingSpec MAPPING = new MappingSpec(Map.of(
            "kode_provinsi", new FieldSpec("kode_provinsi", null, List.of(), CODE),
            "kode_kabupaten_kota", new FieldSpec("kode_kabupaten_kota", null, List.of(), CODE),
            "nama_kabupaten_kota",
                    new FieldSpec("nama_kabupaten_kota", null, List.of(new TransformSpec("title", Map.of())), Map.of()),
            "jumlah_penduduk_miskin",
                    new FieldSpec(
                            "jumlah_penduduk_miskin",
                            null,
                            List.of(new TransformSpec("scale", Map.of("value", "1000"))),
                            Map.of())));

    @Test
    void shouldConformEveryRowOfTheRealFile() throws IOException {
        Conformer conformer = MappingCompiler.compile(SCHEMA, MAPPING);
        List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
        String[] header = lines.get(0).strip().split(",", -1);
        assertThat(MappingCompiler.sourceFields(MAPPING, SCHEMA)).isSubsetOf(List.of(header));

        List<GenericData.Record> records = new ArrayList<>();
        List<ConformResult.Rejected> rejected = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            ConformResult result = conformer.conform(row(header, line));
            if (result instanceof ConformResult.Conformed conformed) {
                records.add(conformed.record());
            } else {
                rejected.add((ConformResult.Rejected) result);
            }
        }

        assertThat(rejected).isEmpty();
        assertThat(records).hasSize(513);
        GenericData.Record first = records.get(0);
        assertThat(first.get("jumlah_penduduk_miskin")).isEqualTo(451300L);
        assertThat(first.get("kode_kabupaten_kota")).isEqualTo("3201");
        assertThat(first.get("nama_kabupaten_kota")).isEqualTo("Kabupaten Bogor");
        assertThat(first.get("tahun")).isEqualTo(2002);
    }

    /** The file has no quoted fields, so a plain split is a faithful CSV reader for it. */
    private static RawRecord row(String[] header, String line) {
        String[] cells = line.strip().split(",", -1);
        assertThat(cells).as(line).hasSameSizeAs(header);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            values.put(header[i], cells[i]);
        }
        return new MapRawRecord(values);
    }

    private static Path file() {
        String dir = System.getProperty("shared.data.dir");
        Path base = dir != null ? Path.of(dir) : Path.of("../../shared/data");
        return base.resolve("opendata/jabar_odj/jumlah_penduduk_miskin_berdasarkan_kabupatenkota_data.csv");
    }
}
