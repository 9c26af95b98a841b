package id.satudata.hub.routes.definition;

import static org.assertj.core.api.Assertions.assertThat;

import id.satudata.hub.schemas.conform.ConformResult;
import id.satudata.hub.schemas.conform.RawRecord;
import id.satudata.hub.schemas.reference.CodeSystem;
import id.satudata.hub.schemas.reference.ReferenceSets;
import id.satudata.hub.schemas.reference.ReferenceSource;
import id.satudata.hub.schemas.reference.Vintage;
import id.satudata.hub.schemas.reference.step.WilayahSteps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline example of the README's "Kode referensi" section is valid and conforms the real village file. */
class ReadmeReferenceExampleTest {

    private static final Path REPO = Path.of("..");

    @TempDir
    Path config;

    @Test
    void shouldLoadTheReadmeExampleAndConformTheRealVillageFile() throws IOException {
        Files.createDirectories(config.resolve("datasets"));
        Files.createDirectories(config.resolve("pipelines"));
        Files.writeString(config.resolve("pipelines/pencemaran-desa.yaml"), readmeExample());
        Files.writeString(
                config.resolve("datasets/pencemaran-desa.yaml"),
                """
                id: pencemaran-desa
                title: Pencemaran air di desa
                producer: DPMDes Jawa Barat
                key-fields: [kode_desa]
                schema: pencemaran-desa.avsc
                """);
        String fields = List.of(
                        "kode_provinsi", "bps_kode_desa", "kode_kecamatan", "nama_kecamatan", "kode_desa", "nama_desa")
                .stream()
                .map(name -> "{\"name\": \"" + name + "\", \"type\": \"string\"}")
                .reduce((a, b) -> a + ", " + b)
                .orElseThrow();
        Files.writeString(
                config.resolve("datasets/pencemaran-desa.avsc"),
                "{\"type\": \"record\", \"name\": \"Desa\","
                        + " \"fields\": [" + fields
                        + ", {\"name\": \"kode_desa_dari_bps\", \"type\": [\"null\", \"string\"]},"
                        + " {\"name\": \"kode_desa_dari_nama\", \"type\": [\"null\", \"string\"]}]}");

        Definitions definitions = DefinitionLoader.load(config, SourceKinds.builtIn(), new WilayahSteps(sets()));

        assertThat(definitions.problems()).isEmpty();
        List<String> lines = Files.readAllLines(
                shared("opendata/jabar_odj/dpmdes-idm_sts_kejadian_pencemaran_air__des_kel_data.csv"));
        ConformResult first = definitions.pipelines().get(0).conformer().conform(row(lines.get(0), lines.get(1)));
        var record = ((ConformResult.Conformed) first).record();
        assertThat(record.get("kode_desa_dari_bps")).isEqualTo("32.01.02.2001");
        assertThat(record.get("kode_desa_dari_nama")).isEqualTo("32.01.02.2001");
    }

    private static String readmeExample() throws IOException {
        String readme = Files.readString(REPO.resolve("README.md"));
        Matcher yaml = Pattern.compile("```yaml\n(id: pencemaran-desa\n.*?)```", Pattern.DOTALL)
                .matcher(readme);
        assertThat(yaml.find()).as("the README's pipeline example").isTrue();
        return yaml.group(1);
    }

    private static ReferenceSets sets() {
        return new ReferenceSets(List.of(
                new ReferenceSource(
                                "kemendagri-2025",
                                CodeSystem.KEMENDAGRI,
                                new Vintage("2025", null, LocalDate.of(2025, 4, 1)),
                                shared("wilayah/cahyadsn"))
                        .load(),
                new ReferenceSource(
                                "bps-2018",
                                CodeSystem.BPS,
                                new Vintage("2018", null, LocalDate.of(2018, 1, 11)),
                                shared("wilayah/edwardsamuel"))
                        .load()));
    }

    private static Path shared(String relative) {
        String dir = System.getProperty("shared.data.dir");
        return (dir != null ? Path.of(dir) : REPO.resolve("../shared/data")).resolve(relative);
    }

    private static RawRecord row(String header, String line) {
        String[] names = header.split(",", -1);
        String[] cells = line.split(",", -1);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            values.put(names[i], cells[i]);
        }
        return new RawRecord() {
            @Override
            public Object get(String field) {
                return values.get(field);
            }

            @Override
            public Map<String, Object> asMap() {
                return values;
            }
        };
    }
}
